package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.StaffScope;
import cn.dengkou.bizservice.push.PushSourceAccess;
import org.springframework.stereotype.Component;

/** A digest's push task belongs to HR and ADMIN of the digest's county. */
@Component
class JobAlertPushAccess implements PushSourceAccess {

    private final JobAlertDigestMapper digests;

    JobAlertPushAccess(JobAlertDigestMapper digests) {
        this.digests = digests;
    }

    @Override
    public String refType() {
        return JobAlertDigests.REF_TYPE;
    }

    /**
     * Per digest, not whole: HR finds a digest's task by {@code ?refType=JOB_ALERT&refId=<digest>} or by its id, and
     * the unfiltered task list stays the notices' (HR's list of every task is empty, as before job alerts).
     */
    @Override
    public boolean managesAll(AuthUser staff) {
        return false;
    }

    @Override
    public boolean mayManage(AuthUser staff, long digestId) {
        JobAlertDigest d = digests.selectById(digestId);
        return d != null && JobAccess.RULE.mayManage(staff, StaffScope.Subject.inCounty(d.getCounty()));
    }
}
