package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.business.OwnedBusinesses;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.ErrorCode;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The county a WeChat user's seeker profile or job alert belongs to: the one they name, else their bound
 * business's, else the deployment's single county; several served and none known → 400 COUNTY_REQUIRED.
 */
@Component
class SeekerCounty {

    private final Counties counties;
    private final OwnedBusinesses businesses;

    SeekerCounty(Counties counties, OwnedBusinesses businesses) {
        this.counties = counties;
        this.businesses = businesses;
    }

    String of(long userId, String requested) {
        if (requested != null && !requested.isBlank()) {
            if (!counties.isServed(requested)) {
                throw ApiException.invalidFields(Map.of("county", "取值无效：" + requested));
            }
            return requested;
        }
        String own = businesses.countyOf(userId);
        if (own != null && counties.isServed(own)) {
            return own;
        }
        if (counties.single() != null) {
            return counties.single();
        }
        throw new ApiException(ErrorCode.COUNTY_REQUIRED);
    }
}
