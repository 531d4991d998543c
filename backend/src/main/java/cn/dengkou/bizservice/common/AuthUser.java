package cn.dengkou.bizservice.common;

import java.security.Principal;
import java.util.Set;

/**
 * The caller, as resolved from the bearer token; controllers take it with
 * {@code @AuthenticationPrincipal AuthUser user}.
 *
 * @param department the staff member's department code (DEPARTMENT role), else null
 * @param county     the staff account's division (a county, or the prefecture for prefecture staff); null for owners
 * @param counties   the served counties a staff member acts in ({@link Counties#reach}); null = no county limit
 *                   (every served county; owners, whose county is their business's)
 */
public record AuthUser(long id, Set<Role> roles, String department, String county, Set<String> counties)
        implements Principal {

    /** A caller without a county dimension (owners; unit tests of role rules). */
    public AuthUser(long id, Set<Role> roles, String department) {
        this(id, roles, department, null, null);
    }

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
