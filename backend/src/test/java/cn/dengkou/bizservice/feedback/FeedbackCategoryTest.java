package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** ADMIN keeps each category's department and SLAs: new tickets use them, existing ones keep their due dates. */
@IntegrationTest
class FeedbackCategoryTest {

    private static final String CATEGORIES = "/api/v1/admin/feedback-categories";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void restore() {
        // the category table is shared by every test: put TRANSFORM back as V20 seeds it
        jdbc.update("UPDATE feedback_category SET department = 'SAMR', first_response_days = 3, resolution_days = 7"
                + " WHERE code = 'TRANSFORM'");
        clock.reset();
    }

    private static Map<String, Object> settings(String department, Object first, Object resolution) {
        Map<String, Object> m = new HashMap<>();
        m.put("department", department);
        m.put("firstResponseDays", first);
        m.put("resolutionDays", resolution);
        return m;
    }

    @Test
    void newTicketsUseTheNewSettingsAndOldOnesKeepTheirDueDates() {
        FeedbackTestKit.at(clock, "2026-12-10T10:00:00"); // a Thursday
        FeedbackTestKit kit = new FeedbackTestKit(api);
        String admin = users.adminToken();
        JsonNode listed = api.get(CATEGORIES, admin).json();
        JsonNode transform = null;
        for (JsonNode c : listed) {
            transform = c.get("code").asText().equals("TRANSFORM") ? c : transform;
        }
        assertThat(transform).isNotNull();
        assertThat(transform.get("name").asText()).isEqualTo("个转企");
        assertThat(transform.get("departmentName").asText()).isEqualTo("县市场监管局");
        assertThat(transform.get("resolutionDays").asInt()).isEqualTo(7);

        String owner = users.newOwnerToken();
        long before = kit.submitOk(owner, FeedbackTestKit.body("TRANSFORM", "个转企以后原来的许可证需要重新办理吗？"));
        Api.Response put = api.put(CATEGORIES + "/TRANSFORM", admin, settings("GOVSERVICE", 1, 2));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("department").asText()).isEqualTo("GOVSERVICE");
        long after = kit.submitOk(owner, FeedbackTestKit.body("TRANSFORM", "个转企以后社保账户怎么变更，需要跑哪些窗口？"));

        String association = users.staffToken(Role.ASSOCIATION);
        JsonNode old = kit.staffGet(association, before).json();
        assertThat(old.get("department").asText()).isEqualTo("SAMR");
        assertThat(old.get("firstResponseDue").asText()).isEqualTo("2026-12-15");
        assertThat(old.get("resolutionDue").asText()).isEqualTo("2026-12-21");
        JsonNode fresh = kit.staffGet(association, after).json();
        assertThat(fresh.get("department").asText()).isEqualTo("GOVSERVICE");
        assertThat(fresh.get("firstResponseDue").asText()).isEqualTo("2026-12-11");
        assertThat(fresh.get("resolutionDue").asText()).as("Friday + 2 working days").isEqualTo("2026-12-14");

        Map<String, Object> entry = jdbc.queryForMap("SELECT county, actor_id, detail FROM audit_entry"
                + " WHERE subject_kind = 'ticket-category' ORDER BY id DESC LIMIT 1");
        assertThat(entry.get("county")).isNull();
        assertThat(((Number) entry.get("actor_id")).longValue()).isEqualTo(kit.userId(admin));
        assertThat(entry.get("detail").toString()).contains("TRANSFORM", "SAMR 3/7", "GOVSERVICE 1/2");
    }

    @Test
    void badSettingsAndOtherRolesAreRefused() {
        String admin = users.adminToken();
        String path = CATEGORIES + "/TRANSFORM";
        Api.Response unknownDepartment = api.put(path, admin, settings("NOPE", 3, 15));
        assertThat(unknownDepartment.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(unknownDepartment.body()).contains("部门无效");
        Api.Response shorter = api.put(path, admin, settings("SAMR", 5, 3));
        assertThat(shorter.status()).isEqualTo(400);
        assertThat(shorter.body()).contains("办结时限不能短于首次答复时限");
        assertThat(api.put(path, admin, settings("SAMR", 0, 15)).status()).isEqualTo(400);
        assertThat(api.put(path, admin, settings("SAMR", 3, 251)).status()).isEqualTo(400);
        assertThat(api.put(path, admin, settings("SAMR", null, 15)).status()).isEqualTo(400);
        Api.Response unknown = api.put(CATEGORIES + "/NOPE", admin, settings("SAMR", 3, 15));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("诉求分类不存在");
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        assertThat(api.put(path, users.staffToken(Role.ASSOCIATION), settings("SAMR", 3, 15)).status()).isEqualTo(403);
        assertThat(api.get(CATEGORIES, users.staffToken(Role.DEPARTMENT, "SAMR")).status()).isEqualTo(403);
        assertThat(api.get(CATEGORIES, users.newOwnerToken()).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT resolution_days FROM feedback_category WHERE code = 'TRANSFORM'",
                Integer.class)).as("nothing changed").isEqualTo(7);
    }
}
