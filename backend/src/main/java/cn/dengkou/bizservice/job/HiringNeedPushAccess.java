package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.push.PushSourceAccess;
import org.springframework.stereotype.Component;

/** HR and ADMIN see and control the pushes that told owners about their hiring needs (their counties' ones). */
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

    @Override
    public boolean managesAll(AuthUser staff) {
        return JobAccess.RULE.scopeOf(staff).isPresent();
    }

    @Override
    public boolean mayManage(AuthUser staff, long refId) {
        HiringNeed n = needs.selectById(refId);
        return n != null && JobAccess.RULE.mayManage(staff, cn.dengkou.bizservice.common.StaffScope.Subject.inCounty(n.getCounty()));
    }
}
