package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.business.BusinessView;
import cn.dengkou.bizservice.business.OwnedBusinesses;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.targeting.BusinessProfile;
import org.springframework.stereotype.Component;

/**
 * Who is reading the public job pages: the county they read as and the township whose jobs come first.
 * A bound owner reads their business's county (a verified one's township ranks first); a guest passes {@code county=}.
 */
@Component
class JobReaders {

    /** The reader's county (null: no filter) and home township (null: no ranking). */
    record Reader(String county, String township) {
    }

    private final Counties counties;
    private final OwnedBusinesses businesses;

    JobReaders(Counties counties, OwnedBusinesses businesses) {
        this.counties = counties;
        this.businesses = businesses;
    }

    Reader of(AuthUser user, String countyParameter) {
        if (countyParameter != null && !counties.isServed(countyParameter)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "county 取值无效：" + countyParameter);
        }
        BusinessView b = user != null && user.has(Role.OWNER) ? businesses.findForOwner(user.id()) : null;
        String county = !counties.isSeveral() ? null : b != null ? b.county() : countyParameter;
        BusinessProfile verified = BusinessProfile.of(b);
        return new Reader(county, verified == null ? null : verified.township());
    }
}
