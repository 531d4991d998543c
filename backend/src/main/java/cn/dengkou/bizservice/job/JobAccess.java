package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.common.StaffRule;
import cn.dengkou.bizservice.common.StaffScope;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Which staff manage which jobs and hiring needs: ADMIN and HR, each in the counties they act in (prefecture staff:
 * every served county). A record of another county answers as if it did not exist.
 */
@Component
class JobAccess {

    static final StaffRule RULE = StaffRule.whole(Role.ADMIN, Role.HR);

    private final JobMapper jobs;
    private final Counties counties;

    JobAccess(JobMapper jobs, Counties counties) {
        this.jobs = jobs;
        this.counties = counties;
    }

    StaffScope scope(AuthUser staff) {
        return RULE.scopeOf(staff).orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN));
    }

    /** The job if this staff member manages it, else JOB_NOT_FOUND. */
    Job manageable(long id, AuthUser staff) {
        Job j = jobs.selectById(id);
        if (j == null || !scope(staff).coversCounty(j.getCounty())) {
            throw new ApiException(ErrorCode.JOB_NOT_FOUND);
        }
        return j;
    }

    /**
     * The counties a staff member publishes to: county staff their own (naming another → 403), prefecture staff
     * those they name (at least one when several are served; unserved → 400), a single-county deployment its county.
     */
    List<String> publishCounties(AuthUser staff, List<String> asked) {
        StaffScope scope = scope(staff);
        List<String> named = asked == null ? List.of() : asked.stream().distinct().toList();
        for (String c : named) {
            if (!counties.isServed(c)) {
                throw ApiException.invalidFields(java.util.Map.of("counties", "区县（旗）代码无效：" + c));
            }
            if (!scope.coversCounty(c)) {
                throw new ApiException(ErrorCode.COUNTY_FORBIDDEN, "区县工作人员只能发布本区县（旗）的岗位");
            }
        }
        if (!named.isEmpty()) {
            return named;
        }
        Set<String> own = scope.counties();
        if (own != null && own.size() == 1) {
            return List.copyOf(own);
        }
        if (!counties.isSeveral()) {
            return List.of(counties.first());
        }
        throw ApiException.invalidFields(java.util.Map.of("counties", "请选择发布到的区县（旗）"));
    }
}
