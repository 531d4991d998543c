package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Creating, disabling and enabling staff accounts each leave an entry; the password never does. */
@IntegrationTest
class StaffAuditTest {

    private static final String STAFF = "/api/v1/admin/staff";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;

    @Test
    void creationAndDisablingAreRecordedWithoutThePassword() {
        String admin = users.adminToken();
        long adminId = api.get("/api/v1/me", admin).json().get("id").asLong();
        String username = "audited" + System.nanoTime() % 1_000_000;
        String password = "never-in-the-trail-" + System.nanoTime();
        Api.Response created = api.post(STAFF, admin, Map.of("username", username, "password", password,
                "displayName", "审计测试", "roles", List.of("DEPARTMENT", "HR"), "department", "TAX"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(api.post(STAFF + "/" + id + "/disable", admin, null).status()).isEqualTo(200);
        assertThat(api.post(STAFF + "/" + id + "/enable", admin, null).status()).isEqualTo(200);

        Api.Response r = api.get("/api/v1/admin/audit?subjectKind=staff&subjectId=" + id, admin);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).doesNotContain(password);
        JsonNode items = r.json().get("items");
        assertThat(items).extracting(e -> e.get("action").asText()).containsExactly("ENABLE", "DISABLE", "CREATE");
        assertThat(items).extracting(e -> e.get("actorId").asLong()).containsOnly(adminId);
        JsonNode detail = items.get(2).get("detail");
        assertThat(detail.get("username").asText()).isEqualTo(username);
        assertThat(detail.get("roles").toString()).isEqualTo("[\"DEPARTMENT\",\"HR\"]");
        assertThat(detail.get("department").asText()).isEqualTo("TAX");
        assertThat(detail.has("password")).isFalse();
        assertThat(detail.has("passwordHash")).isFalse();
    }

    @Test
    void aRefusedCreationRecordsNothing() {
        String admin = users.adminToken();
        long before = api.get("/api/v1/admin/audit?subjectKind=staff&size=1", admin).json().get("total").asLong();
        Api.Response dup = api.post(STAFF, admin, Map.of("username", TestUsers.ADMIN_USERNAME,
                "password", "right-password-1", "displayName", "重名", "roles", List.of("HR")));
        assertThat(dup.code()).isEqualTo("USERNAME_TAKEN");
        assertThat(api.get("/api/v1/admin/audit?subjectKind=staff&size=1", admin).json().get("total").asLong())
                .isEqualTo(before);
    }
}
