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
 * include their own. The notices' errors for a refusal live here; the rule itself is a {@link StaffRule}.
 */
final class NoticeAccess {

    // not by county yet: notices carry their author's county but are shared by every county until issue 10 part B
    static final StaffRule RULE = StaffRule.whole(Role.ADMIN, Role.ASSOCIATION).andDepartmentStaff().ignoringCounty();

    private NoticeAccess() {
    }

    /** Where the user may act on notices (whole, or their department); FORBIDDEN when nowhere. */
    static StaffScope scope(AuthUser user) {
        return RULE.scopeOf(user).orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN));
    }

    /** Whether the user manages every notice (and so may attach any upload). */
    static boolean managesAll(AuthUser user) {
        return RULE.managesAll(user);
    }

    static boolean canManage(AuthUser user, Collection<String> departments) {
        return RULE.mayManage(user, StaffScope.Subject.of(departments));
    }

    /** The notice, when it exists (else 404) and the user may manage it (else {@code NOTICE_DEPARTMENT_FORBIDDEN}). */
    static Notice manageable(NoticeMapper notices, long id, AuthUser user) {
        Notice n = notices.selectById(id);
        if (n == null) {
            throw new ApiException(ErrorCode.NOTICE_NOT_FOUND);
        }
        requireManage(user, notices.departmentsOf(id));
        return n;
    }

    static void requireManage(AuthUser user, Collection<String> departments) {
        if (!canManage(user, departments)) {
            throw new ApiException(ErrorCode.NOTICE_DEPARTMENT_FORBIDDEN);
        }
    }
}
