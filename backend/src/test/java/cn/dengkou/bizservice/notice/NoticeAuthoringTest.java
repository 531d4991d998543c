package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.notice.NoticeTestKit.ADMIN;
import static cn.dengkou.bizservice.notice.NoticeTestKit.notice;
import static org.assertj.core.api.Assertions.assertThat;

/** Creating, editing, finding notices; who may do it; validation; the audit trail. */
@IntegrationTest
class NoticeAuthoringTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    NoticeTestKit kit;

    @BeforeEach
    void setUp() {
        kit = new NoticeTestKit(api, jdbc);
    }

    @Test
    void staffCreateADraftWithSanitizedBodyAndReadItBack() {
        String staff = users.staffToken(Role.ASSOCIATION);
        Map<String, Object> body = notice("小微企业房租减免", List.of("TAX", "FINANCE"),
                Map.of("kinds", List.of("INDIVIDUAL"), "townships", List.of("DK", "LSH"), "registeredTo", "2025-11-26",
                        "taxpayerTypes", List.of("GENERAL")));
        body.put("body", "<p onclick=\"x()\">减免<script>alert(1)</script>三个月</p>");
        body.put("validFrom", "2026-12-01T00:00:00+08:00");
        body.put("validTo", "2027-06-30T23:59:59+08:00");

        long id = kit.create(staff, body);
        JsonNode n = api.get(ADMIN + "/" + id, staff).json();

        assertThat(n.get("status").asText()).isEqualTo("DRAFT");
        assertThat(n.get("statusName").asText()).isEqualTo("草稿");
        assertThat(n.get("body").asText()).isEqualTo("<p>减免三个月</p>");
        assertThat(n.get("categoryName").asText()).isEqualTo("财税支持");
        assertThat(n.get("departments")).extracting(JsonNode::asText).containsExactly("FINANCE", "TAX");
        assertThat(n.path("audience").path("townships")).extracting(JsonNode::asText).containsExactly("DK", "LSH");
        assertThat(n.path("audience").path("industries")).isEmpty();
        assertThat(n.path("audience").path("registeredTo").asText()).isEqualTo("2025-11-26");
        assertThat(n.get("validTo").asText()).isEqualTo("2027-06-30T23:59:59+08:00");
        assertThat(n.get("createdBy").asLong()).isEqualTo(kit.userId(staff));
        assertThat(jdbc.queryForObject("SELECT body_text FROM notice WHERE id = ?", String.class, id)).isEqualTo("减免三个月");
        assertThat(jdbc.queryForList("SELECT CONCAT(dimension, ':', code) FROM notice_target WHERE notice_id = ?",
                String.class, id)).containsExactlyInAnyOrder("KIND:INDIVIDUAL", "TOWNSHIP:DK", "TOWNSHIP:LSH", "TAXPAYER:GENERAL");
    }

    @Test
    void unknownCodesAndBadFieldsAreListedFieldByField() {
        String staff = users.staffToken(Role.ADMIN);
        Map<String, Object> body = notice("字段校验", List.of("TAX", "NOPE"),
                Map.of("kinds", List.of("X"), "industries", List.of("Z"), "townships", List.of("MOON"),
                        "tags", List.of("NO_TAG"), "taxpayerTypes", List.of("HUGE"),
                        "registeredFrom", "2025-01-02", "registeredTo", "2025-01-01"));
        body.put("category", "NO_SUCH");
        body.put("body", "<script>alert(1)</script>");
        body.put("validFrom", "2026-12-01T00:00:00+08:00");
        body.put("validTo", "2026-11-01T00:00:00+08:00");
        body.put("attachments", List.of(987654321L));

        Api.Response r = api.post(ADMIN, staff, body);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(fields(r)).containsExactlyInAnyOrder("body", "category", "departments", "audience.kinds",
                "audience.industries", "audience.townships", "audience.tags", "audience.taxpayerTypes",
                "audience.registeredTo", "validTo", "attachments");
        assertThat(r.body()).contains("NOPE").doesNotContain("Exception");
    }

    @Test
    void missingOrOverlongFieldsAndBrokenJsonAre400() {
        String staff = users.staffToken(Role.ADMIN);
        Map<String, Object> body = notice("x".repeat(101));
        body.remove("category");
        body.put("departments", List.of());
        Api.Response r = api.post(ADMIN, staff, body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).contains("title", "category", "departments");

        Api.Response badDate = api.post(ADMIN, staff, "{\"title\":\"t\",\"validTo\":\"明天\"}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.code()).isIn("MALFORMED_JSON", "VALIDATION_FAILED");
        Api.Response badAudience = api.post(ADMIN, staff, "{\"title\":\"t\",\"audience\":{\"kinds\":\"INDIVIDUAL\"}}");
        assertThat(badAudience.status()).isEqualTo(400);
    }

    @Test
    void onlyDraftsCanBeEditedAndEditsAreAudited() {
        String author = users.staffToken(Role.DEPARTMENT, "TAX");
        long id = kit.create(author, notice("初稿标题"));
        Map<String, Object> edit = notice("修改后标题");
        edit.put("summary", null);

        Api.Response put = api.put(ADMIN + "/" + id, author, edit);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("title").asText()).isEqualTo("修改后标题");
        assertThat(put.json().get("summary").isNull()).isTrue();
        assertThat(put.json().get("updatedBy").asLong()).isEqualTo(kit.userId(author));

        assertThat(kit.action(author, id, "submit", null).status()).isEqualTo(200);
        Api.Response late = api.put(ADMIN + "/" + id, author, notice("审核中再改"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("NOTICE_STATE_CONFLICT");
        assertThat(late.json().get("detail").asText()).contains("待审核");
        assertThat(api.get(ADMIN + "/" + id, author).json().get("title").asText()).isEqualTo("修改后标题");

        String admin = users.adminToken();
        JsonNode audit = api.get(ADMIN + "/" + id + "/audit", admin).json();
        assertThat(audit).extracting(a -> a.get("action").asText()).containsExactly("CREATE", "UPDATE", "SUBMIT");
        JsonNode update = audit.get(1);
        assertThat(update.get("actorId").asLong()).isEqualTo(kit.userId(author));
        assertThat(update.get("at").asText()).endsWith("+08:00");
        assertThat(update.path("changes").path("title").path("from").asText()).isEqualTo("初稿标题");
        assertThat(update.path("changes").path("title").path("to").asText()).isEqualTo("修改后标题");
        assertThat(update.path("changes").has("summary")).isTrue();
        assertThat(update.path("changes").has("category")).isFalse();

        Api.Response notAdmin = api.get(ADMIN + "/" + id + "/audit", author);
        assertThat(notAdmin.status()).isEqualTo(403);
        assertThat(api.get(ADMIN + "/" + id + "/audit", users.staffToken(Role.ASSOCIATION)).status()).isEqualTo(403);
        assertThat(api.get(ADMIN + "/999999999/audit", admin).code()).isEqualTo("NOTICE_NOT_FOUND");
    }

    @Test
    void departmentStaffWorkOnlyWithTheirOwnDepartmentsNotices() {
        String tax = users.staffToken(Role.DEPARTMENT, "TAX");
        String finance = users.staffToken(Role.DEPARTMENT, "FINANCE");
        long taxNotice = kit.create(tax, notice("税务局的公告", List.of("TAX"), Map.of()));
        long shared = kit.create(users.adminToken(), notice("联合发文", List.of("TAX", "FINANCE"), Map.of()));

        Api.Response foreignCreate = api.post(ADMIN, tax, notice("冒用财政局", List.of("FINANCE"), Map.of()));
        assertThat(foreignCreate.status()).isEqualTo(403);
        assertThat(foreignCreate.code()).isEqualTo("NOTICE_DEPARTMENT_FORBIDDEN");

        Api.Response foreignEdit = api.put(ADMIN + "/" + taxNotice, finance, notice("财政局改税务局的", List.of("FINANCE", "TAX"), Map.of()));
        assertThat(foreignEdit.status()).isEqualTo(403);
        assertThat(foreignEdit.code()).isEqualTo("NOTICE_DEPARTMENT_FORBIDDEN");
        assertThat(api.get(ADMIN + "/" + taxNotice, finance).status()).isEqualTo(403);
        assertThat(kit.action(finance, taxNotice, "submit", null).status()).isEqualTo(403);
        assertThat(kit.action(finance, taxNotice, "publish", Map.of("push", false)).status()).isEqualTo(403);
        assertThat(kit.action(finance, taxNotice, "withdraw", null).status()).isEqualTo(403);
        assertThat(api.get(ADMIN + "/" + taxNotice + "/audience-preview", finance).status()).isEqualTo(403);

        // taking one's own department out of a notice would hand it away: refused
        Api.Response giveAway = api.put(ADMIN + "/" + taxNotice, tax, notice("转给财政局", List.of("FINANCE"), Map.of()));
        assertThat(giveAway.status()).isEqualTo(403);

        assertThat(api.get(ADMIN + "/" + shared, finance).status()).isEqualTo(200);
        assertThat(api.get(ADMIN + "/" + shared, tax).status()).isEqualTo(200);

        List<Long> financeSees = ids(api.get(ADMIN + "?size=100", finance));
        assertThat(financeSees).contains(shared).doesNotContain(taxNotice);
        assertThat(api.get(ADMIN + "?department=TAX", finance).status()).isEqualTo(403);
        assertThat(ids(api.get(ADMIN + "?size=100&department=FINANCE", finance))).contains(shared);
    }

    @Test
    void wrongRolesAre403AndGuestsAre401() {
        String hr = users.staffToken(Role.HR);
        String owner = users.newOwnerToken();
        long id = kit.create(users.adminToken(), notice("角色测试"));
        for (String token : List.of(hr, owner)) {
            assertThat(api.post(ADMIN, token, notice("越权")).status()).isEqualTo(403);
            assertThat(api.get(ADMIN, token).status()).isEqualTo(403);
            assertThat(api.get(ADMIN + "/" + id, token).status()).isEqualTo(403);
            assertThat(api.put(ADMIN + "/" + id, token, notice("越权")).status()).isEqualTo(403);
            assertThat(kit.action(token, id, "submit", null).status()).isEqualTo(403);
            assertThat(kit.action(token, id, "publish", Map.of()).status()).isEqualTo(403);
            assertThat(api.post(ADMIN + "/audience-preview", token, Map.of()).code()).isEqualTo("FORBIDDEN");
        }
        assertThat(api.post(ADMIN, null, notice("游客")).status()).isEqualTo(401);
        assertThat(api.get(ADMIN + "/" + id, null).code()).isEqualTo("UNAUTHORIZED");
        assertThat(kit.action(null, id, "withdraw", null).status()).isEqualTo(401);
        assertThat(api.get(ADMIN + "/" + id + "/audit", null).status()).isEqualTo(401);
    }

    @Test
    void staffListFiltersByStatusCategoryAndDepartment() {
        String staff = users.staffToken(Role.ASSOCIATION);
        Map<String, Object> legal = notice("法律服务进企业", List.of("JUSTICE"), Map.of());
        legal.put("category", "LEGAL");
        long a = kit.create(staff, legal);
        long b = kit.create(staff, notice("税务公告", List.of("TAX"), Map.of()));
        kit.action(staff, b, "submit", null);

        assertThat(ids(api.get(ADMIN + "?category=LEGAL&size=100", staff))).contains(a).doesNotContain(b);
        assertThat(ids(api.get(ADMIN + "?status=IN_REVIEW&size=100", staff))).contains(b).doesNotContain(a);
        assertThat(ids(api.get(ADMIN + "?department=JUSTICE&size=100", staff))).contains(a).doesNotContain(b);
        Api.Response page = api.get(ADMIN + "?page=1&size=1", staff);
        assertThat(page.json().get("items")).hasSize(1);
        assertThat(page.json().get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.json().get("items").get(0).has("body")).isFalse();

        assertThat(api.get(ADMIN + "?status=LOST", staff).status()).isEqualTo(400);
        assertThat(api.get(ADMIN + "?size=101", staff).status()).isEqualTo(400);
        assertThat(api.get(ADMIN + "/abc", staff).status()).isEqualTo(400);
        assertThat(api.get(ADMIN + "/999999999", staff).code()).isEqualTo("NOTICE_NOT_FOUND");
        assertThat(api.put(ADMIN + "/999999999", staff, notice("不存在")).code()).isEqualTo("NOTICE_NOT_FOUND");
    }

    private static List<String> fields(Api.Response r) {
        List<String> f = new ArrayList<>();
        r.json().path("errors").forEach(e -> f.add(e.get("field").asText()));
        return f;
    }

    private static List<Long> ids(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
