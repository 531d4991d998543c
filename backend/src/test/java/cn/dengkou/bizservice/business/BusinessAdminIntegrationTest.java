package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.business.BusinessTestKit.CSV_HEADER;
import static cn.dengkou.bizservice.business.BusinessTestKit.ME;
import static cn.dengkou.bizservice.business.BusinessTestKit.bindOk;
import static cn.dengkou.bizservice.business.BusinessTestKit.claim;
import static cn.dengkou.bizservice.business.BusinessTestKit.marker;
import static cn.dengkou.bizservice.business.BusinessTestKit.upload;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class BusinessAdminIntegrationTest {

    private static final String ADMIN = "/api/v1/admin/businesses";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    private long pendingBusiness(String name) {
        return bindOk(api, users.newOwnerToken(), TestUscc.random(), name);
    }

    @Test
    void verifyMovesAPendingClaimOnceAndRecordsTheReviewer() {
        String staff = users.staffToken(Role.ASSOCIATION);
        long id = pendingBusiness("磴口县甲店");
        long staffId = api.get("/api/v1/me", staff).json().get("id").asLong();

        Api.Response r = api.post(ADMIN + "/" + id + "/verify", staff, null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("VERIFIED");
        Map<String, Object> row = jdbc.queryForMap("SELECT reviewed_by, reviewed_at FROM business WHERE id = ?", id);
        assertThat(((Number) row.get("reviewed_by")).longValue()).isEqualTo(staffId);
        assertThat(row.get("reviewed_at")).isNotNull();

        Api.Response again = api.post(ADMIN + "/" + id + "/verify", staff, null);
        Api.Response reject = api.post(ADMIN + "/" + id + "/reject", staff, Map.of("reason", "迟到的驳回"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("BUSINESS_STATE_CONFLICT");
        assertThat(again.json().get("detail").asText()).contains("已核验");
        assertThat(reject.status()).isEqualTo(409);
        assertThat(reject.code()).isEqualTo("BUSINESS_STATE_CONFLICT");
    }

    @Test
    void rejectNeedsAReasonAndTheOwnerSeesIt() {
        String admin = users.adminToken();
        String owner = users.newOwnerToken();
        long id = bindOk(api, owner, TestUscc.random(), "磴口县乙店");

        Api.Response noReason = api.post(ADMIN + "/" + id + "/reject", admin, Map.of("reason", " "));
        Api.Response r = api.post(ADMIN + "/" + id + "/reject", admin, Map.of("reason", "营业执照名称不一致"));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").toString()).contains("reason").contains("请填写驳回原因");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("REJECTED");
        JsonNode mine = api.get(ME, owner).json();
        assertThat(mine.get("status").asText()).isEqualTo("REJECTED");
        assertThat(mine.get("reviewNote").asText()).isEqualTo("营业执照名称不一致");
        assertThat(api.post(ADMIN + "/" + id + "/verify", admin, null).code()).isEqualTo("BUSINESS_STATE_CONFLICT");
    }

    @Test
    void unknownBusinessesAreNotFound() {
        String admin = users.adminToken();
        long missing = Long.MAX_VALUE - 7;

        assertThat(api.get(ADMIN + "/" + missing, admin).code()).isEqualTo("BUSINESS_NOT_FOUND");
        assertThat(api.post(ADMIN + "/" + missing + "/verify", admin, null).code()).isEqualTo("BUSINESS_NOT_FOUND");
        assertThat(api.post(ADMIN + "/" + missing + "/reject", admin, Map.of("reason", "x")).code())
                .isEqualTo("BUSINESS_NOT_FOUND");
        Api.Response tags = api.put(ADMIN + "/" + missing + "/tags", admin, Map.of("tags", List.of("GROWTH")));
        assertThat(tags.status()).isEqualTo(404);
        assertThat(tags.code()).isEqualTo("BUSINESS_NOT_FOUND");
    }

    @Test
    void tagsReplaceTheWholeSetFromTheDictionary() {
        String admin = users.adminToken();
        long id = pendingBusiness("磴口县丙店");

        Api.Response set = api.put(ADMIN + "/" + id + "/tags", admin,
                Map.of("tags", List.of("SPECIALIZED", "GROWTH", "GROWTH")));
        Api.Response replaced = api.put(ADMIN + "/" + id + "/tags", admin, Map.of("tags", List.of("FAMOUS")));
        Api.Response unknown = api.put(ADMIN + "/" + id + "/tags", admin, Map.of("tags", List.of("FAMOUS", "RICH")));
        Api.Response missing = api.put(ADMIN + "/" + id + "/tags", admin, Map.of());

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("tags").toString()).isEqualTo("[\"GROWTH\",\"SPECIALIZED\"]");
        assertThat(replaced.json().get("tags").toString()).isEqualTo("[\"FAMOUS\"]");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(unknown.json().get("detail").asText()).contains("tags").contains("RICH");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(api.get(ADMIN + "/" + id, admin).json().get("tags").toString()).isEqualTo("[\"FAMOUS\"]");
        Api.Response cleared = api.put(ADMIN + "/" + id + "/tags", admin, Map.of("tags", List.of()));
        assertThat(cleared.json().get("tags").isEmpty()).isTrue();
    }

    @Test
    void theListFiltersByStatusPlaceKindIndustryTagAndText() {
        String admin = users.adminToken();
        String m = marker();
        String enterpriseCode = TestUscc.random();
        String ownerA = users.newOwnerToken();
        long a = bindOk(api, ownerA, TestUscc.random(), "磴口县" + m + "甲店");
        Map<String, Object> body = claim(enterpriseCode, "磴口县" + m + "乙公司");
        body.put("kind", "ENTERPRISE");
        body.put("industry", "H");
        body.put("township", "DK");
        long b = api.post(ME, users.newOwnerToken(), body).json().get("id").asLong();
        long c = bindOk(api, users.newOwnerToken(), TestUscc.random(), "磴口县" + m + "丙店");
        api.post(ADMIN + "/" + a + "/verify", admin, null);
        api.post(ADMIN + "/" + c + "/reject", admin, Map.of("reason", "不符"));
        api.put(ADMIN + "/" + b + "/tags", admin, Map.of("tags", List.of("GROWTH", "FOUR_NEW")));
        api.put(ADMIN + "/" + a + "/tags", admin, Map.of("tags", List.of("SURVIVAL")));

        assertThat(ids(admin, "q=" + m)).containsExactly(c, b, a);
        assertThat(ids(admin, "q=" + m + "&status=VERIFIED")).containsExactly(a);
        assertThat(ids(admin, "q=" + m + "&status=PENDING")).containsExactly(b);
        assertThat(ids(admin, "q=" + m + "&status=REJECTED")).containsExactly(c);
        assertThat(ids(admin, "q=" + m + "&township=DK")).containsExactly(b);
        assertThat(ids(admin, "q=" + m + "&kind=ENTERPRISE")).containsExactly(b);
        assertThat(ids(admin, "q=" + m + "&industry=F")).containsExactly(c, a);
        assertThat(ids(admin, "q=" + m + "&tag=FOUR_NEW")).containsExactly(b);
        assertThat(ids(admin, "q=" + m + "&tag=SURVIVAL&status=VERIFIED")).containsExactly(a);
        assertThat(ids(admin, "q=" + enterpriseCode.substring(0, 14).toLowerCase())).contains(b);
        assertThat(ids(admin, "q=" + enterpriseCode.substring(3, 14))).doesNotContain(b);

        Api.Response page = api.get(ADMIN + "?q=" + m + "&page=2&size=1", users.staffToken(Role.ASSOCIATION));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("total").asLong()).isEqualTo(3);
        assertThat(page.json().get("page").asLong()).isEqualTo(2);
        assertThat(page.json().get("items").get(0).get("id").asLong()).isEqualTo(b);
        assertThat(page.json().get("items").get(0).get("tags").toString()).isEqualTo("[\"FOUR_NEW\",\"GROWTH\"]");

        assertThat(api.get(ADMIN + "?status=DONE", admin).code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get(ADMIN + "?size=101", admin).code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get(ADMIN + "/" + b, admin).json().get("name").asText()).isEqualTo("磴口县" + m + "乙公司");
    }

    @Test
    void theTextSearchTreatsWildcardsAsPlainCharacters() {
        String m = marker();
        bindOk(api, users.newOwnerToken(), TestUscc.random(), "磴口县" + m + "店");

        assertThat(ids(users.adminToken(), "q=" + m.substring(0, 3) + "%25" + m.substring(4))).isEmpty();
        assertThat(ids(users.adminToken(), "q=" + m.substring(0, 3) + "_" + m.substring(4))).isEmpty();
    }

    @Test
    void everyStaffEndpointRefusesGuestsOwnersHrAndDepartments() {
        long id = pendingBusiness("磴口县丁店");
        String owner = users.newOwnerToken();
        String hr = users.staffToken(Role.HR);
        String department = users.staffToken(Role.DEPARTMENT);
        byte[] csv = (CSV_HEADER + TestUscc.random() + ",磴口县甲店,甲,INDIVIDUAL,F,BYGL,,\n")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, Object> reject = Map.of("reason", "不符");
        Map<String, Object> tags = Map.of("tags", List.of("GROWTH"));

        for (String token : new String[]{null, owner, hr, department}) {
            int expected = token == null ? 401 : 403;
            List<Integer> statuses = List.of(
                    api.get(ADMIN, token).status(),
                    api.get(ADMIN + "/" + id, token).status(),
                    api.post(ADMIN + "/" + id + "/verify", token, null).status(),
                    api.post(ADMIN + "/" + id + "/reject", token, reject).status(),
                    api.put(ADMIN + "/" + id + "/tags", token, tags).status(),
                    upload(api, token, "r.csv", csv).status());
            assertThat(statuses).as(token == null ? "guest" : token).containsOnly(expected);
        }
        assertThat(api.get(ADMIN + "/" + id, users.adminToken()).json().get("status").asText()).isEqualTo("PENDING");
        assertThat(api.get(ADMIN + "/" + id, users.adminToken()).json().get("tags").isEmpty()).isTrue();
    }

    private List<Long> ids(String token, String query) {
        Api.Response r = api.get(ADMIN + "?" + query, token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().get("items").forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }
}
