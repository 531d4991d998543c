package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Notices on the shared staff rule keep their own refusals: FORBIDDEN without a scope, NOTICE_DEPARTMENT_FORBIDDEN outside it. */
class NoticeAccessTest {

    private static AuthUser user(String department, Role... roles) {
        return new AuthUser(3, Set.of(roles), department);
    }

    @Test
    void scopeIsWholeForAdminAndAssociationAndTheDepartmentForDepartmentStaff() {
        assertThat(NoticeAccess.scope(user(null, Role.ADMIN)).department()).isNull();
        assertThat(NoticeAccess.scope(user(null, Role.ASSOCIATION)).isWhole()).isTrue();
        assertThat(NoticeAccess.scope(user("TAX", Role.DEPARTMENT)).department()).isEqualTo("TAX");
        for (AuthUser none : List.of(user(null, Role.HR), user(null, Role.DEPARTMENT), user(null, Role.OWNER))) {
            assertThatThrownBy(() -> NoticeAccess.scope(none)).as(none.toString())
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        }
    }

    @Test
    void managingANoticeOfAnotherDepartmentIsRefusedWithTheNoticeCode() {
        NoticeAccess.requireManage(user("TAX", Role.DEPARTMENT), List.of("SAMR", "TAX"));
        NoticeAccess.requireManage(user(null, Role.ASSOCIATION), List.of("SAMR"));
        assertThatThrownBy(() -> NoticeAccess.requireManage(user("TAX", Role.DEPARTMENT), List.of("SAMR")))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOTICE_DEPARTMENT_FORBIDDEN));
        assertThatThrownBy(() -> NoticeAccess.requireManage(user(null, Role.HR), List.of("SAMR")))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOTICE_DEPARTMENT_FORBIDDEN));
        assertThat(NoticeAccess.canManage(null, List.of("TAX"))).isFalse();
        assertThat(NoticeAccess.managesAll(user(null, Role.ASSOCIATION))).isTrue();
        assertThat(NoticeAccess.managesAll(user("TAX", Role.DEPARTMENT))).isFalse();
    }
}
