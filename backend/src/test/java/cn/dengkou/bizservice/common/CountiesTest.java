package cn.dengkou.bizservice.common;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** app.counties against the county table, and where each division's staff act. */
class CountiesTest {

    static final List<Counties.County> TABLE = List.of(
            new Counties.County("150800", "巴彦淖尔市", null, true),
            new Counties.County("150802", "临河区", "150800", false),
            new Counties.County("150822", "磴口县", "150800", false),
            new Counties.County("150826", "杭锦后旗", "150800", false),
            new Counties.County("150100", "呼和浩特市", null, true),
            new Counties.County("150102", "新城区", "150100", false));

    @Test
    void anUnknownCodeOrAPrefectureOrAnEmptyListRefusesToStart() {
        assertThatThrownBy(() -> new Counties(TABLE, List.of("150822", "150899")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("150899")
                .hasMessageContaining("150822 磴口县");
        assertThatThrownBy(() -> new Counties(TABLE, List.of("150800"))).hasMessageContaining("150800");
        assertThatThrownBy(() -> new Counties(TABLE, List.of())).hasMessageContaining("app.counties");
        assertThatThrownBy(() -> new Counties(TABLE, List.of("150822", "150102")))
                .hasMessageContaining("one prefecture");
    }

    @Test
    void aSingleCountyDeploymentLimitsNobody() {
        Counties one = new Counties(TABLE, List.of("150822"));
        assertThat(one.single()).isEqualTo("150822");
        assertThat(one.isSeveral()).isFalse();
        assertThat(one.reach("150822")).as("every served county").isNull();
        assertThat(one.reach("150800")).isNull();
        assertThat(one.reach("150826")).as("a county not served").isEmpty();
        assertThat(one.bootstrapDivision()).isEqualTo("150822");
    }

    @Test
    void severalCountiesLimitCountyStaffAndNotPrefectureStaff() {
        Counties two = new Counties(TABLE, List.of("150826", "150822"));
        assertThat(two.served()).extracting(Counties.County::code).containsExactly("150826", "150822");
        assertThat(two.first()).isEqualTo("150826");
        assertThat(two.single()).isNull();
        assertThat(two.reach("150822")).isEqualTo(Set.of("150822"));
        assertThat(two.reach("150800")).isNull();
        assertThat(two.reach("150802")).isEmpty();
        assertThat(two.countiesUnder("150800")).containsExactly("150826", "150822");
        assertThat(two.prefecture()).isEqualTo("150800");
        assertThat(two.prefectureOf("150822")).isEqualTo("150800");
        assertThat(two.isDivision("150800")).isTrue();
        assertThat(two.isDivision("150802")).isFalse();
        assertThat(two.name("150826")).isEqualTo("杭锦后旗");
        assertThat(two.bootstrapDivision()).isEqualTo("150800");
    }

    @Test
    void aCountyScopedRuleLimitsCountyStaffAndARuleIgnoringCountiesDoesNot() {
        StaffRule businesses = StaffRule.whole(Role.ADMIN, Role.ASSOCIATION);
        AuthUser dengkou = new AuthUser(1, Set.of(Role.ADMIN), null, "150822", Set.of("150822"));
        AuthUser prefecture = new AuthUser(2, Set.of(Role.ADMIN), null, "150800", null);
        AuthUser elsewhere = new AuthUser(3, Set.of(Role.ADMIN), null, "150802", Set.of());
        StaffScope.Subject inHangjin = StaffScope.Subject.inCounty("150826");

        assertThat(businesses.mayManage(dengkou, StaffScope.Subject.inCounty("150822"))).isTrue();
        assertThat(businesses.mayManage(dengkou, inHangjin)).isFalse();
        assertThat(businesses.mayManage(dengkou, StaffScope.Subject.inCounty(null))).as("fails closed").isFalse();
        assertThat(businesses.managesAll(dengkou)).isFalse();
        assertThat(businesses.scopeOf(dengkou).orElseThrow().countiesFor("150826")).isEmpty();
        assertThat(businesses.scopeOf(dengkou).orElseThrow().countiesFor(null)).containsExactly("150822");
        assertThat(businesses.mayManage(prefecture, inHangjin)).isTrue();
        assertThat(businesses.scopeOf(prefecture)).contains(StaffScope.WHOLE);
        assertThat(businesses.scopeOf(elsewhere)).as("a division serving no county acts nowhere").isEmpty();

        AuthUser tax = new AuthUser(4, Set.of(Role.DEPARTMENT), "TAX", "150822", Set.of("150822"));
        assertThat(StaffRule.whole(Role.ADMIN).andDepartmentStaff()
                .mayManage(tax, StaffScope.Subject.of(List.of("TAX"), "150826"))).isFalse();
        assertThat(StaffRule.whole(Role.ADMIN).andDepartmentStaff()
                .mayManage(tax, StaffScope.Subject.of(List.of("TAX"), "150822"))).isTrue();
    }
}
