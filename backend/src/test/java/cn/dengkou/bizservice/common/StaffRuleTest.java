package cn.dengkou.bizservice.common;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** One staff rule per feature: whole roles manage everything, DEPARTMENT staff their department, nobody else anything. */
class StaffRuleTest {

    /** What notices use; jobs will use the second. */
    static final StaffRule NOTICES = StaffRule.whole(Role.ADMIN, Role.ASSOCIATION).andDepartmentStaff();
    static final StaffRule JOBS = StaffRule.whole(Role.ADMIN, Role.HR);

    static final StaffScope.Subject TAX_AND_FINANCE = StaffScope.Subject.of(List.of("TAX", "FINANCE"));
    static final StaffScope.Subject SAMR = StaffScope.Subject.of(List.of("SAMR"));

    private static AuthUser user(String department, Role... roles) {
        return new AuthUser(7, Set.of(roles), department);
    }

    @Test
    void adminAndAssociationManageEveryRecordWithoutALimit() {
        for (AuthUser u : List.of(user(null, Role.ADMIN), user(null, Role.ASSOCIATION),
                user("TAX", Role.DEPARTMENT, Role.ASSOCIATION))) {
            assertThat(NOTICES.scopeOf(u)).as(u.toString()).contains(StaffScope.WHOLE);
            assertThat(NOTICES.scopeOf(u).orElseThrow().department()).isNull();
            assertThat(NOTICES.managesAll(u)).isTrue();
            assertThat(NOTICES.mayManage(u, TAX_AND_FINANCE)).isTrue();
            assertThat(NOTICES.mayManage(u, SAMR)).isTrue();
            assertThat(NOTICES.mayManage(u, StaffScope.Subject.of(List.of()))).isTrue();
        }
    }

    @Test
    void departmentStaffManageOnlyRecordsTheirDepartmentIsResponsibleFor() {
        AuthUser tax = user("TAX", Role.DEPARTMENT);
        StaffScope scope = NOTICES.scopeOf(tax).orElseThrow();
        assertThat(scope.department()).isEqualTo("TAX");
        assertThat(scope.isWhole()).isFalse();
        assertThat(NOTICES.managesAll(tax)).isFalse();
        assertThat(NOTICES.mayManage(tax, TAX_AND_FINANCE)).as("own department among several").isTrue();
        assertThat(NOTICES.mayManage(tax, SAMR)).as("another department").isFalse();
        assertThat(NOTICES.mayManage(tax, StaffScope.Subject.of(List.of()))).isFalse();
        assertThat(scope.coversDepartment("TAX")).isTrue();
        assertThat(scope.coversDepartment("SAMR")).isFalse();
        assertThat(StaffScope.WHOLE.coversDepartment("SAMR")).isTrue();
    }

    @Test
    void departmentStaffWithoutADepartmentOrUnderARuleWithoutThemManageNothing() {
        assertThat(NOTICES.scopeOf(user(null, Role.DEPARTMENT))).isEmpty();
        assertThat(NOTICES.mayManage(user(null, Role.DEPARTMENT), TAX_AND_FINANCE)).isFalse();
        assertThat(JOBS.scopeOf(user("TAX", Role.DEPARTMENT))).isEmpty();
        assertThat(JOBS.mayManage(user("TAX", Role.DEPARTMENT), TAX_AND_FINANCE)).isFalse();
    }

    @Test
    void hrManageJobsButNoNotices() {
        AuthUser hr = user(null, Role.HR);
        assertThat(NOTICES.scopeOf(hr)).isEmpty();
        assertThat(NOTICES.managesAll(hr)).isFalse();
        assertThat(NOTICES.mayManage(hr, TAX_AND_FINANCE)).isFalse();
        assertThat(JOBS.scopeOf(hr)).contains(StaffScope.WHOLE);
        assertThat(JOBS.mayManage(hr, SAMR)).isTrue();
        assertThat(JOBS.managesAll(user(null, Role.ASSOCIATION))).isFalse();
    }

    @Test
    void ownersAndGuestsManageNothing() {
        AuthUser owner = user(null, Role.OWNER);
        for (StaffRule rule : List.of(NOTICES, JOBS)) {
            assertThat(rule.scopeOf(owner)).isEmpty();
            assertThat(rule.managesAll(owner)).isFalse();
            assertThat(rule.mayManage(owner, TAX_AND_FINANCE)).isFalse();
            assertThat(rule.scopeOf(null)).isEmpty();
            assertThat(rule.mayManage(null, TAX_AND_FINANCE)).isFalse();
        }
    }
}
