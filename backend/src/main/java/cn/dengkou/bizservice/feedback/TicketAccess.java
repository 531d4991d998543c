package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.common.StaffRule;
import cn.dengkou.bizservice.common.StaffScope;

import java.util.List;

/**
 * Which staff handle which ticket, beyond the role rule ({@code Access.FEEDBACK_STAFF}): ADMIN and ASSOCIATION
 * every ticket of their counties; DEPARTMENT staff the tickets assigned to their department (a new ticket waits for
 * the association). Another county's ticket does not exist for them (404); another department's is 403.
 */
final class TicketAccess {

    static final StaffRule RULE = StaffRule.whole(Role.ADMIN, Role.ASSOCIATION).andDepartmentStaff();

    private TicketAccess() {
    }

    static StaffScope scope(AuthUser user) {
        return RULE.scopeOf(user).orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN));
    }

    /** The ticket, if it is in the user's counties (else 404) and their department's (else 403). */
    static Ticket handled(TicketMapper tickets, long id, AuthUser user) {
        StaffScope scope = scope(user);
        Ticket t = tickets.selectById(id);
        if (t == null || !scope.coversCounty(t.getCounty())) {
            throw new ApiException(ErrorCode.FEEDBACK_NOT_FOUND);
        }
        if (!covers(scope, t)) {
            throw new ApiException(ErrorCode.FEEDBACK_DEPARTMENT_FORBIDDEN);
        }
        return t;
    }

    /** Whether the user handles this ticket (its county, and their department's once assigned). */
    static boolean mayHandle(AuthUser user, Ticket t) {
        return RULE.scopeOf(user).map(s -> covers(s, t)).orElse(false);
    }

    private static boolean covers(StaffScope scope, Ticket t) {
        List<String> departments = t.statusValue() == FeedbackStatus.SUBMITTED ? List.of() : List.of(t.getDepartment());
        return scope.covers(StaffScope.Subject.of(departments, t.getCounty()));
    }

    /** Triage (assign, transfer, extensions): the association's, not a department's. */
    static void requireTriage(AuthUser user) {
        if (scope(user).department() != null) {
            throw new ApiException(ErrorCode.FEEDBACK_DEPARTMENT_FORBIDDEN, "分派、转办和审批延期由个私协会办理");
        }
    }

    /** Whether the user sees who the owner is: the association always, a department unless the owner asked not. */
    static boolean seesIdentity(AuthUser user, Ticket t) {
        return scope(user).department() == null || !Boolean.TRUE.equals(t.getHideIdentity());
    }
}
