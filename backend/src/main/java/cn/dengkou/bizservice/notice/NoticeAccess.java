package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.common.StaffRule;
import cn.dengkou.bizservice.common.StaffScope;

import java.util.Collection;

/**
 * Who may manage which notice, beyond the role rule on the endpoint ({@code Access.NOTICE_STAFF}):
 * ADMIN and ASSOCIATION any notice; DEPARTMENT staff only notices whose responsible departments
 * include their own; county staff only their county's notices (another county's answers as if it did not exist).
 * The notices' errors for a refusal live here; the rule itself is a {@link StaffRule}.
 */
final class NoticeAccess {

    // a notice belongs to its author's division (notice.county): county staff manage their county's, prefecture staff all
    static final StaffRule RULE = StaffRule.whole(Role.ADMIN, Role.ASSOCIATION).andDepartmentStaff();

    private NoticeAccess() {
    }

    /** Where the user may act on notices (whole, or their department); FORBIDDEN when nowhere. */
    static StaffScope scope(AuthUser user) {
        return RULE.scopeOf(user).orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN));
    }

    /** Whether the user manages every notice (every department of every served county). */
    static boolean managesAll(AuthUser user) {
        return RULE.managesAll(user);
    }

    /** Whether the user manages every notice of the counties they act in (no department limit). */
    static boolean managesAllOfTheirCounties(AuthUser user) {
        return RULE.scopeOf(user).map(s -> s.department() == null).orElse(false);
    }

    /** For a notice being written: the departments it names, in the staff member's own division. */
    static boolean canManage(AuthUser user, Collection<String> departments) {
        return canManage(user, departments, user == null ? null : user.county());
    }

    static boolean canManage(AuthUser user, Collection<String> departments, String county) {
        return RULE.mayManage(user, StaffScope.Subject.of(departments, county));
    }

    /** Whether the notice's county is inside the user's reach (a notice of another county does not exist for them). */
    static boolean inCounty(AuthUser user, Notice n) {
        return RULE.scopeOf(user).map(s -> s.coversCounty(n.getCounty()))
                .orElse(true); // no scope at all: the department check refuses it as before
    }

    /**
     * The notice, when it exists in the user's counties (else 404) and the user may manage it (else
     * {@code NOTICE_DEPARTMENT_FORBIDDEN}).
     */
    static Notice manageable(NoticeMapper notices, long id, AuthUser user) {
        Notice n = visibleToStaff(notices, id, user);
        requireManage(user, notices.departmentsOf(id), n.getCounty());
        return n;
    }

    /** The notice if it exists and is of the user's counties, else {@code NOTICE_NOT_FOUND}. */
    static Notice visibleToStaff(NoticeMapper notices, long id, AuthUser user) {
        Notice n = notices.selectById(id);
        if (n == null || !inCounty(user, n)) {
            throw new ApiException(ErrorCode.NOTICE_NOT_FOUND);
        }
        return n;
    }

    static void requireManage(AuthUser user, Collection<String> departments) {
        requireManage(user, departments, user == null ? null : user.county());
    }

    static void requireManage(AuthUser user, Collection<String> departments, String county) {
        if (!canManage(user, departments, county)) {
            throw new ApiException(ErrorCode.NOTICE_DEPARTMENT_FORBIDDEN);
        }
    }
}
