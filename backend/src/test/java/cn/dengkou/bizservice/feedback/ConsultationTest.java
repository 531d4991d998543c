package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Consultations: opinions from the notice's audience before the deadline, refused after; adopted / noted; export. */
@IntegrationTest
class ConsultationTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long publishedNotice(String staff) {
        Map<String, Object> n = new HashMap<>();
        n.put("title", "关于个体工商户房租补贴办法（征求意见稿）");
        n.put("summary", "征求意见稿");
        n.put("body", "<p>拟对渡口镇个体工商户给予房租补贴。</p>");
        n.put("category", "FISCAL_TAX");
        n.put("departments", List.of("TAX"));
        n.put("audience", Map.of("townships", List.of("DK")));
        n.put("validFrom", null);
        n.put("validTo", null);
        n.put("attachments", List.of());
        Api.Response created = api.post("/api/v1/admin/notices", staff, n);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Api.Response published = api.post("/api/v1/admin/notices/" + id + "/publish", staff, Map.of("push", false));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    /** "ACTION county" of each audit entry of the subject, oldest first. */
    private List<String> audit(String kind, long id) {
        return jdbc.queryForList("SELECT CONCAT(action, ' ', county) FROM audit_entry WHERE subject_kind = ?"
                + " AND subject_id = ? ORDER BY id", String.class, kind, id);
    }

    @Test
    void opinionsFromTheAudienceUntilTheDeadlineThenAdoptedAndExported() throws Exception {
        FeedbackTestKit.at(clock, "2026-12-10T10:00:00");
        FeedbackTestKit kit = new FeedbackTestKit(api);
        String association = users.staffToken(Role.ASSOCIATION);
        long notice = publishedNotice(association);
        assertThat(api.get("/api/v1/consultations/" + notice, null).code()).isEqualTo("CONSULTATION_NOT_FOUND");
        Map<String, Object> open = Map.of("noticeId", notice, "deadline", "2026-12-12T18:00:00");
        assertThat(api.post("/api/v1/admin/consultations", users.staffToken(Role.DEPARTMENT, "HRSS"), open).code())
                .as("a department that does not manage the notice").isEqualTo("NOTICE_DEPARTMENT_FORBIDDEN");
        Api.Response opened = api.post("/api/v1/admin/consultations", association, open);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(api.post("/api/v1/admin/consultations", association, open).code()).isEqualTo("CONSULTATION_CLOSED");
        assertThat(api.post("/api/v1/admin/consultations", association,
                Map.of("noticeId", 999_999_999L, "deadline", "2026-12-12T18:00:00")).code()).isEqualTo("NOTICE_NOT_FOUND");

        String inside = users.newOwnerToken();
        FeedbackTestKit.business(jdbc, "150822", "DK", kit.userId(inside));
        String outside = users.newOwnerToken();
        FeedbackTestKit.business(jdbc, "150822", "LSH", kit.userId(outside));
        assertThat(api.get("/api/v1/consultations/" + notice, inside).json().get("mayComment").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/consultations/" + notice, outside).json().get("mayComment").asBoolean()).isFalse();

        String path = "/api/v1/consultations/" + notice + "/opinions";
        Api.Response sent = api.post(path, inside, Map.of("content", "建议补贴标准按门店面积分档，并简化申请材料"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().get("status").asText()).isEqualTo("SUBMITTED");
        long opinion = sent.json().get("id").asLong();
        assertThat(api.post(path, outside, Map.of("content", "不在范围内的主体也想提意见")).status()).isEqualTo(403);
        assertThat(api.post(path, inside, Map.of("content", "这条意见含有违禁词应被拒绝")).code()).isEqualTo("CONTENT_RISKY");
        assertThat(api.post(path, inside, Map.of("content", "太短")).status()).isEqualTo(400);

        JsonNode all = api.get("/api/v1/admin/consultations/" + notice + "/opinions", association).json();
        assertThat(all).hasSize(1);
        assertThat(all.get(0).get("township").asText()).isEqualTo("DK");
        String adopt = "/api/v1/admin/consultations/" + notice + "/opinions/" + opinion + "/adopt";
        Api.Response adopted = api.post(adopt, association, Map.of("reply", "已采纳，按面积分三档"));
        assertThat(adopted.json().get("status").asText()).isEqualTo("ADOPTED");
        assertThat(api.post(adopt, association, Map.of()).status()).as("decided once").isEqualTo(409);
        JsonNode mine = api.get("/api/v1/me/opinions", inside).json().get("items").get(0);
        assertThat(mine.get("status").asText()).isEqualTo("ADOPTED");
        assertThat(mine.get("reply").asText()).isEqualTo("已采纳，按面积分三档");

        String xlsxPath = "/api/v1/admin/consultations/" + notice + "/opinions.xlsx";
        try (XSSFWorkbook book = kit.workbook(xlsxPath, association)) {
            assertThat(book.getSheet("意见").getRow(1).getCell(2).getStringCellValue()).startsWith("建议补贴标准");
            assertThat(book.getSheet("按镇（苏木）").getRow(1).getCell(0).getStringCellValue()).isEqualTo("渡口镇");
            assertThat(book.getSheet("按主体类型").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
        }

        // opening, the opinion and the decision are on the shared audit trail, with their county
        assertThat(audit("consultation", notice)).containsExactly("OPEN 150822");
        assertThat(audit("opinion", opinion)).containsExactly("SUBMIT 150822", "ADOPT 150822");

        clock.advance(Duration.ofDays(3));
        assertThat(api.get("/api/v1/consultations/" + notice, inside).json().get("open").asBoolean()).isFalse();
        Api.Response late = api.post(path, inside, Map.of("content", "截止之后再提交的意见应被拒绝"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("CONSULTATION_CLOSED");
    }
}
