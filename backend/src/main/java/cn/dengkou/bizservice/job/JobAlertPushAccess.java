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

    @Override
    public boolean managesAll(AuthUser staff) {
        return JobAccess.RULE.scopeOf(staff).isPresent(); // the task list keeps county staff to their counties
    }

    @Override
    public boolean mayManage(AuthUser staff, long digestId) {
        JobAlertDigest d = digests.selectById(digestId);
        return d != null && JobAccess.RULE.mayManage(staff, StaffScope.Subject.inCounty(d.getCounty()));
    }
}
