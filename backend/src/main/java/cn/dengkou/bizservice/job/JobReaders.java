package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.business.BusinessView;
import cn.dengkou.bizservice.business.OwnedBusinesses;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.targeting.BusinessProfile;
import org.springframework.stereotype.Component;

/**
 * Who is reading the public job pages: the county they read as and what ranks first for them ({@link JobRanking}).
 * A bound owner reads their business's county (a verified one's township ranks first); a guest passes {@code county=};
 * any logged-in user with a seeker profile (bound owners too) also gets the jobs fitting it first.
 */
@Component
class JobReaders {

    /** The reader's county (null: no filter) and what ranks first for them. */
    record Reader(String county, JobRanking ranking) {
    }

    private final Counties counties;
    private final OwnedBusinesses businesses;
    private final JobSeekerMapper seekers;
    private final Dictionaries dictionaries;

    JobReaders(Counties counties, OwnedBusinesses businesses, JobSeekerMapper seekers, Dictionaries dictionaries) {
        this.counties = counties;
        this.businesses = businesses;
        this.seekers = seekers;
        this.dictionaries = dictionaries;
    }

    Reader of(AuthUser user, String countyParameter) {
        if (countyParameter != null && !counties.isServed(countyParameter)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "county 取值无效：" + countyParameter);
        }
        BusinessView b = user != null && user.has(Role.OWNER) ? businesses.findForOwner(user.id()) : null;
        String county = !counties.isSeveral() ? null : b != null ? b.county() : countyParameter;
        BusinessProfile verified = BusinessProfile.of(b);
        JobSeeker profile = user == null || user.isStaff() ? null : seekers.selectById(user.id()); // staff keep no profile
        return new Reader(county, new JobRanking(verified == null ? null : verified.township(),
                profile == null ? null : profile.getCounty(), profile == null ? null : profile.preferences(), dictionaries));
    }
}
