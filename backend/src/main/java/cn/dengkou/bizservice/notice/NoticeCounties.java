package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.targeting.Audience;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Which counties' owners and guests see a notice, and which county a reader reads as. A notice is its author's
 * county's ({@code notice.county}); one of prefecture staff (or of no county) is for the counties its audience names
 * ({@code audience.counties}), or every served county when it names none. With one served county nothing is
 * filtered: the API answers as it always did.
 */
@Component
class NoticeCounties {

    private final Counties counties;
    private final OwnerProfiles profiles;

    NoticeCounties(Counties counties, OwnerProfiles profiles) {
        this.counties = counties;
        this.profiles = profiles;
    }

    /** The counties the notice (with its stored audience) is for; null = every served county. */
    Set<String> of(Notice n, Audience audience) {
        if (counties.isServed(n.getCounty())) {
            return Set.of(n.getCounty());
        }
        return audience.counties().isEmpty() ? null : Set.copyOf(audience.counties());
    }

    /** Whom the notice's push and audience size reach: a county's notice only that county's businesses. */
    Audience reach(Notice n, Audience audience) {
        return counties.isSeveral() && counties.isServed(n.getCounty()) && audience.counties().isEmpty()
                ? audience.counties(List.of(n.getCounty())) : audience;
    }

    /** County staff write for their own county only: {@code audience.counties} empty or theirs, else 403. */
    static void requireOwnCounties(AuthUser staff, Audience audience) {
        if (staff.counties() != null && !staff.counties().containsAll(audience.counties())) {
            throw new ApiException(ErrorCode.COUNTY_FORBIDDEN, "区县工作人员只能面向本区县（旗）发布公告");
        }
    }

    /** What a county staff member's new notice would reach: their county's businesses (prefecture staff: as given). */
    static Audience ownCounty(AuthUser staff, Audience audience) {
        return staff.counties() != null && audience.counties().isEmpty()
                ? audience.counties(List.copyOf(staff.counties())) : audience;
    }

    /** Whether a notice for {@code noticeCounties} (null = all) is listed to a reader of {@code county} (null = any). */
    static boolean isFor(Set<String> noticeCounties, String county) {
        return county == null || noticeCounties == null || noticeCounties.contains(county);
    }

    /** Whether a reader (guest, owner, staff) may open the notice by its county: a bound owner only their county's. */
    boolean readableBy(Notice n, Audience audience, AuthUser user) {
        return isFor(of(n, audience), readerCounty(user, null));
    }

    /**
     * The county the caller reads as: null (no filter) in a single-county deployment; a bound owner's business's
     * county; else the {@code county} parameter (unknown or not served → 400), or null when it is left out
     * (every served county, as the dictionaries answer).
     */
    String readerCounty(AuthUser user, String parameter) {
        return counties.readerCounty(() -> profiles.countyOf(user), parameter);
    }
}
