package cn.dengkou.bizservice.common;

import java.util.Optional;
import java.util.Set;

/**
 * One feature's rule of which staff manage which of its records, beyond the role rule on the endpoint
 * ({@link Access}): the roles in {@code wholeRoles} manage every record; when {@code departmentStaff}
 * is set, DEPARTMENT staff manage the records of their own department; nobody else manages any.
 * Notices: {@code StaffRule.whole(ADMIN, ASSOCIATION).andDepartmentStaff()}; jobs: {@code StaffRule.whole(ADMIN, HR)}.
 * Every rule is scoped by county: county staff manage their county's records, prefecture staff those of every
 * county under it.
 * The feature keeps its own error codes: this only answers.
 */
public record StaffRule(Set<Role> wholeRoles, boolean departmentStaff) {

    public StaffRule {
        wholeRoles = Set.copyOf(wholeRoles);
    }

    /** Scoped by county: staff manage only records of the counties they act in ({@link AuthUser#counties()}). */
    public static StaffRule whole(Role... roles) {
        return new StaffRule(Set.of(roles), false);
    }

    /** The same rule, letting DEPARTMENT staff manage their own department's records too. */
    public StaffRule andDepartmentStaff() {
        return new StaffRule(wholeRoles, true);
    }

    /** Where this user may act under the rule; empty when nowhere (owners, guests, staff of other roles). */
    public Optional<StaffScope> scopeOf(AuthUser user) {
        if (user == null) {
            return Optional.empty();
        }
        Set<String> counties = user.counties();
        if (counties != null && counties.isEmpty()) {
            return Optional.empty(); // a division that serves no county of this deployment acts nowhere
        }
        if (wholeRoles.stream().anyMatch(user::has)) {
            return Optional.of(new StaffScope(null, counties));
        }
        if (departmentStaff && user.has(Role.DEPARTMENT) && user.department() != null) {
            return Optional.of(new StaffScope(user.department(), counties));
        }
        return Optional.empty();
    }

    /** Whether this user manages every record of the feature. */
    public boolean managesAll(AuthUser user) {
        return scopeOf(user).map(StaffScope::isWhole).orElse(false);
    }

    /** Whether this user may manage this record. */
    public boolean mayManage(AuthUser user, StaffScope.Subject subject) {
        return scopeOf(user).map(s -> s.covers(subject)).orElse(false);
    }
}
