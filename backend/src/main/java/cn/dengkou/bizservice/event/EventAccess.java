package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.common.StaffRule;
import cn.dengkou.bizservice.common.StaffScope;

/**
 * Which staff manage which event, beyond the endpoint's role rule ({@code Access.EVENT_STAFF}): ADMIN and ASSOCIATION
 * every event of their counties, HR only the HR bureau's own (job fairs, trainings: {@code managed_by = HR}); another
 * county's event answers as if it did not exist.
 */
final class EventAccess {

    static final StaffRule RULE = StaffRule.whole(Role.ADMIN, Role.ASSOCIATION, Role.HR);
    static final String HR = "HR";
    static final String ASSOCIATION = "ASSOCIATION";

    private EventAccess() {
    }

    /** Where the staff member acts; FORBIDDEN when nowhere. */
    static StaffScope scope(AuthUser staff) {
        return RULE.scopeOf(staff).orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN));
    }

    /** Whose an event created by this staff member is: HR staff (without a wider role) write the bureau's events. */
    static String managedBy(AuthUser staff) {
        return staff.has(Role.ADMIN) || staff.has(Role.ASSOCIATION) ? ASSOCIATION : HR;
    }

    /** Whether the staff member manages every event of their counties (not only the HR bureau's). */
    static boolean managesAllOfTheirCounties(AuthUser staff) {
        return RULE.scopeOf(staff).isPresent() && (staff.has(Role.ADMIN) || staff.has(Role.ASSOCIATION));
    }

    static boolean mayManage(AuthUser staff, Event e) {
        return RULE.mayManage(staff, StaffScope.Subject.inCounty(e.getCounty()))
                && (managesAllOfTheirCounties(staff) || HR.equals(e.getManagedBy()));
    }

    /** The event if it exists in the staff member's counties, else EVENT_NOT_FOUND. */
    static Event visibleToStaff(EventMapper events, long id, AuthUser staff) {
        Event e = events.selectById(id);
        if (e == null || !scope(staff).coversCounty(e.getCounty())) {
            throw new ApiException(ErrorCode.EVENT_NOT_FOUND);
        }
        return e;
    }

    /** The event, when visible (else 404) and the staff member manages it (else 403 EVENT_MANAGER_FORBIDDEN). */
    static Event manageable(EventMapper events, long id, AuthUser staff) {
        Event e = visibleToStaff(events, id, staff);
        if (!mayManage(staff, e)) {
            throw new ApiException(ErrorCode.EVENT_MANAGER_FORBIDDEN);
        }
        return e;
    }
}
