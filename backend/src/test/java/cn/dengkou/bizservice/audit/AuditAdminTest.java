package cn.dengkou.bizservice.audit;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code GET /admin/audit}: ADMIN reads every subject's trail, paged and filtered; nobody else does. */
@IntegrationTest
class AuditAdminTest {

    private static final String AUDIT = "/api/v1/admin/audit";

    enum ProbeAction { OPEN, CLOSE }

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    AuditTrail trail;

    @Test
    void adminReadsOneSubjectNewestFirstInPages() {
        long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        LocalDateTime t = LocalDateTime.of(2026, 12, 1, 9, 0);
        trail.record("probe", id, 7L, ProbeAction.OPEN, Map.of("note", "开"), t);
        trail.record("probe", id, null, ProbeAction.CLOSE, null, t.plusMinutes(1));
        trail.record("probe", id + 1, 7L, ProbeAction.OPEN, null, t);
        String admin = users.adminToken();

        Api.Response first = api.get(AUDIT + "?subjectKind=probe&subjectId=" + id + "&size=1", admin);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("total").asLong()).isEqualTo(2);
        JsonNode close = first.json().get("items").get(0);
        assertThat(close.get("action").asText()).isEqualTo("CLOSE");
        assertThat(close.get("actorId").isNull()).as("a system job has no actor").isTrue();
        assertThat(close.get("at").asText()).startsWith("2026-12-01T09:01").endsWith("+08:00");
        JsonNode open = api.get(AUDIT + "?subjectKind=probe&subjectId=" + id + "&size=1&page=2", admin)
                .json().get("items").get(0);
        assertThat(open.get("action").asText()).isEqualTo("OPEN");
        assertThat(open.get("actorId").asLong()).isEqualTo(7L);
        assertThat(open.path("detail").path("note").asText()).isEqualTo("开");

        assertThat(trail.entries("probe", id)).extracting(AuditTrail.Entry::action).containsExactly("OPEN", "CLOSE");
        assertThat(trail.actedAny("probe", id, 7L, List.of(ProbeAction.OPEN))).isTrue();
        assertThat(trail.actedAny("probe", id, 7L, List.of(ProbeAction.CLOSE))).isFalse();
        assertThat(trail.actedAny("probe", id + 2, 7L, List.of(ProbeAction.OPEN))).isFalse();
        assertThat(api.get(AUDIT + "?subjectKind=probe", admin).json().get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(api.get(AUDIT, admin).status()).as("no filter: everything").isEqualTo(200);
    }

    @Test
    void nonAdminStaffAndOwnersAre403AndGuests401() {
        for (String token : List.of(users.staffToken(Role.ASSOCIATION), users.staffToken(Role.HR),
                users.staffToken(Role.DEPARTMENT), users.newOwnerToken())) {
            Api.Response r = api.get(AUDIT + "?subjectKind=staff", token);
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.code()).isEqualTo("FORBIDDEN");
        }
        assertThat(api.get(AUDIT, null).status()).isEqualTo(401);
    }

    @Test
    void badFiltersAreFieldErrors() {
        String admin = users.adminToken();
        Api.Response noKind = api.get(AUDIT + "?subjectId=5", admin);
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(noKind.json().get("errors").get(0).get("field").asText()).isEqualTo("subjectId");
        Api.Response badKind = api.get(AUDIT + "?subjectKind=Notice;DROP", admin);
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().get("errors").get(0).get("field").asText()).isEqualTo("subjectKind");
        assertThat(api.get(AUDIT + "?subjectKind=notice&subjectId=abc", admin).status()).isEqualTo(400);
        assertThat(api.get(AUDIT + "?size=500", admin).status()).isEqualTo(400);
    }

    @Test
    void detailsNeverHoldSecretsOrFullPhoneNumbers() {
        LocalDateTime t = LocalDateTime.of(2026, 12, 1, 9, 0);
        for (Map<String, ?> detail : List.of(Map.of("password", "x"), Map.of("newPasswordHash", "x"),
                Map.of("token", "x"), Map.of("change", Map.of("sessionToken", "x")), Map.of("phone", "13800001234"),
                Map.of("ownerPhone", Map.of("from", "138****1234", "to", "13900001234")))) {
            assertThatThrownBy(() -> trail.record("probe", 1, null, ProbeAction.OPEN, detail, t))
                    .as(detail.toString()).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> trail.record("Probe", 1, null, ProbeAction.OPEN, null, t))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditTrail.actedSql("probe", "probe.id; DROP TABLE x", List.of(ProbeAction.OPEN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditTrail.actedSql("probe", "probe.id", List.<ProbeAction>of()))
                .isInstanceOf(IllegalArgumentException.class);
        long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        trail.record("probe", id, null, ProbeAction.OPEN, Map.of("phone", "138****1234"), t);
        assertThat(trail.entries("probe", id)).singleElement()
                .satisfies(e -> assertThat(e.detail()).containsEntry("phone", "138****1234"));
    }
}
