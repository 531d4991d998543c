package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.QueryParams;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Which counties' owners and guests see a notice, and which county a reader reads as. A notice is its author's
 * county's ({@code notice.county}); one of prefecture staff (or of no county) is every served county's.
 * With one served county nothing is filtered: the API answers as it always did.
 */
@Component
class NoticeCounties {

    private final Counties counties;
    private final OwnerProfiles profiles;

    NoticeCounties(Counties counties, OwnerProfiles profiles) {
        this.counties = counties;
        this.profiles = profiles;
    }

    /** The counties the notice is for; null = every served county. */
    Set<String> of(Notice n) {
        return counties.isServed(n.getCounty()) ? Set.of(n.getCounty()) : null;
    }

    /** Whether a notice for {@code noticeCounties} (null = all) is listed to a reader of {@code county} (null = any). */
    static boolean isFor(Set<String> noticeCounties, String county) {
        return county == null || noticeCounties == null || noticeCounties.contains(county);
    }

    /**
     * The county the caller reads as: null (no filter) in a single-county deployment; a bound owner's business's
     * county; else the {@code county} parameter (unknown or not served → 400), or null when it is left out
     * (every served county, as the dictionaries answer).
     */
    String readerCounty(AuthUser user, String parameter) {
        String asked = QueryParams.orNull(parameter);
        if (asked != null && !counties.isServed(asked)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "county 取值无效：" + asked);
        }
        if (!counties.isSeveral()) {
            return null;
        }
        String own = profiles.countyOf(user);
        return own != null ? own : asked;
    }
}
