package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.common.StaffScope;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies the features' {@link PushSourceAccess} rules to push tasks. ADMIN may manage every task of their counties;
 * a task of another county does not exist for county staff ({@link AuthUser#counties()}, {@code push_task.county}).
 */
@Component
class PushTaskAccess {

    private final Map<String, PushSourceAccess> guards;

    PushTaskAccess(List<PushSourceAccess> guards) {
        this.guards = guards.stream().collect(Collectors.toUnmodifiableMap(PushSourceAccess::refType, Function.identity()));
    }

    boolean mayManage(AuthUser staff, String refType, Long refId) {
        if (staff.has(Role.ADMIN)) {
            return true;
        }
        PushSourceAccess guard = guards.get(refType);
        if (guard == null) {
            return false;
        }
        return guard.managesAll(staff) || (refId != null && guard.mayManage(staff, refId));
    }

    void requireManage(AuthUser staff, String refType, Long refId) {
        if (!mayManage(staff, refType, refId)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "无权查看或管理该推送任务");
        }
    }

    /** Whether a task of this county is inside the staff member's counties (null counties = every county). */
    boolean inCounty(AuthUser staff, String county) {
        return new StaffScope(null, staff.counties()).coversCounty(county);
    }

    /** The source types whose every task this staff member may manage; null = all (ADMIN). */
    List<String> wholeTypes(AuthUser staff) {
        if (staff.has(Role.ADMIN)) {
            return null;
        }
        return guards.values().stream().filter(g -> g.managesAll(staff)).map(PushSourceAccess::refType).sorted().toList();
    }
}
