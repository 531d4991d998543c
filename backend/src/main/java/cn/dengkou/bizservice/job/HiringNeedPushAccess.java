package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.StaffScope;
import cn.dengkou.bizservice.push.PushSourceAccess;
import org.springframework.stereotype.Component;

/** HR and ADMIN of the need's county see and control the push that told its owner about the decision. */
@Component
class HiringNeedPushAccess implements PushSourceAccess {

    private final HiringNeedMapper needs;

    HiringNeedPushAccess(HiringNeedMapper needs) {
        this.needs = needs;
    }

    @Override
    public String refType() {
        return HiringNeedNotice.REF_TYPE;
    }

    /** Per need, as job alerts: HR finds it by its id or {@code ?refType=HIRING_NEED&refId=}; the whole list stays the notices'. */
    @Override
    public boolean managesAll(AuthUser staff) {
        return false;
    }

    @Override
    public boolean mayManage(AuthUser staff, long needId) {
        HiringNeed n = needs.selectById(needId);
        return n != null && JobAccess.RULE.mayManage(staff, StaffScope.Subject.inCounty(n.getCounty()));
    }
}
