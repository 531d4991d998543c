package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.business.BusinessTestKit.bindOk;
import static org.assertj.core.api.Assertions.assertThat;

/** Verifying, rejecting and tagging a business each leave an entry in the shared audit trail. */
@IntegrationTest
class BusinessAuditTest {

    private static final String ADMIN = "/api/v1/admin/businesses";
    private static final String AUDIT = "/api/v1/admin/audit";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;

    private JsonNode trail(long businessId) {
        Api.Response r = api.get(AUDIT + "?subjectKind=business&subjectId=" + businessId, users.adminToken());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("items");
    }

    @Test
    void verifyAndTagChangesAreRecordedWithTheirStaffNewestFirst() {
        String staff = users.staffToken(Role.ASSOCIATION);
        long staffId = api.get("/api/v1/me", staff).json().get("id").asLong();
        long id = bindOk(api, users.newOwnerToken(), TestUscc.random(), "磴口县审计甲店");
        assertThat(trail(id)).as("binding is the owner's, not a review").isEmpty();

        assertThat(api.post(ADMIN + "/" + id + "/verify", staff, null).status()).isEqualTo(200);
        assertThat(api.put(ADMIN + "/" + id + "/tags", staff, Map.of("tags", List.of("GROWTH", "FAMOUS"))).status())
                .isEqualTo(200);
        assertThat(api.post(ADMIN + "/" + id + "/verify", staff, null).status())
                .as("a refused move writes nothing").isEqualTo(409);

        JsonNode items = trail(id);
        assertThat(items).extracting(e -> e.get("action").asText()).containsExactly("SET_TAGS", "VERIFY");
        JsonNode verify = items.get(1);
        assertThat(verify.get("subjectKind").asText()).isEqualTo("business");
        assertThat(verify.get("subjectId").asLong()).isEqualTo(id);
        assertThat(verify.get("actorId").asLong()).isEqualTo(staffId);
        assertThat(verify.get("at").asText()).endsWith("+08:00");
        JsonNode tags = items.get(0).path("detail").path("tags");
        assertThat(tags.path("from").toString()).isEqualTo("[]");
        assertThat(tags.path("to").toString()).isEqualTo("[\"FAMOUS\",\"GROWTH\"]");
    }

    @Test
    void aRejectionRecordsItsReason() {
        String admin = users.adminToken();
        long adminId = api.get("/api/v1/me", admin).json().get("id").asLong();
        long id = bindOk(api, users.newOwnerToken(), TestUscc.random(), "磴口县审计乙店");

        assertThat(api.post(ADMIN + "/" + id + "/reject", admin, Map.of("reason", " 名称与执照不符 ")).status())
                .isEqualTo(200);

        JsonNode items = trail(id);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("action").asText()).isEqualTo("REJECT");
        assertThat(items.get(0).get("actorId").asLong()).isEqualTo(adminId);
        assertThat(items.get(0).path("detail").path("reason").asText()).isEqualTo("名称与执照不符");
    }
}
