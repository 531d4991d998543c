package cn.dengkou.bizservice.common;

import java.security.Principal;
import java.util.Set;

/**
 * The caller, as resolved from the bearer token; controllers take it with
 * {@code @AuthenticationPrincipal AuthUser user}.
 *
 * @param department the staff member's department code (DEPARTMENT role), else null
 */
public record AuthUser(long id, Set<Role> roles, String department) implements Principal {

    /** The user id: what Spring Security logs and names the caller by (instead of the whole record). */
    @Override
    public String getName() {
        return Long.toString(id);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }
}
