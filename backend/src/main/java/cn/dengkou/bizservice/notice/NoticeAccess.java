package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.Role;

import java.util.Collection;

/**
 * Who may manage which notice, beyond the role rule on the endpoint ({@code Access.NOTICE_STAFF}):
 * ADMIN and ASSOCIATION any notice; DEPARTMENT staff only notices whose responsible departments
 * include their own.
 */
final class NoticeAccess {

    private NoticeAccess() {
    }

    /** Null when the user sees every notice; else the one department they are limited to. */
    static String scope(AuthUser user) {
        if (user.has(Role.ADMIN) || user.has(Role.ASSOCIATION)) {
            return null;
        }
        if (user.has(Role.DEPARTMENT) && user.department() != null) {
            return user.department();
        }
        throw new ApiException(ErrorCode.FORBIDDEN);
    }

    static boolean canManage(AuthUser user, Collection<String> departments) {
        if (user == null) {
            return false;
        }
        if (user.has(Role.ADMIN) || user.has(Role.ASSOCIATION)) {
            return true;
        }
        return user.has(Role.DEPARTMENT) && user.department() != null && departments.contains(user.department());
    }

    static void requireManage(AuthUser user, Collection<String> departments) {
        if (!canManage(user, departments)) {
            throw new ApiException(ErrorCode.NOTICE_DEPARTMENT_FORBIDDEN);
        }
    }
}
