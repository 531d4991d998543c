package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Visits: recorded, a problem found becomes a ticket in the same step, listed by township and month, exported. */
@IntegrationTest
class VisitTest {

    private static final String VISITS = "/api/v1/admin/visits";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    private static Map<String, Object> visit(long businessId, String visitedOn) {
        Map<String, Object> m = new HashMap<>();
        m.put("businessId", businessId);
        m.put("visitedOn", visitedOn);
        m.put("visitors", "张三、李四");
        m.put("discussed", "了解经营情况和用工需求");
        m.put("problems", "缺少流动资金，贷款难以获批");
        m.put("helpGiven", "介绍了创业担保贷款政策");
        m.put("followUpOn", null);
        m.put("ticket", null);
        return m;
    }

    @Test
    void aProblemFoundOnAVisitBecomesATicketTheOwnerSees() {
        String owner = users.newOwnerToken();
        FeedbackTestKit kit = new FeedbackTestKit(api);
        long business = FeedbackTestKit.business(jdbc, "150822", "DK", kit.userId(owner));
        String association = users.staffToken(Role.ASSOCIATION);
        Map<String, Object> body = visit(business, LocalDate.now().minusDays(1).toString());
        body.put("ticket", Map.of("category", "FINANCING"));
        Api.Response r = api.post(VISITS, association, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long ticket = r.json().get("ticketId").asLong();
        assertThat(r.json().get("townshipName").asText()).isEqualTo("渡口镇");

        JsonNode staff = kit.staffGet(association, ticket).json();
        assertThat(staff.get("source").asText()).isEqualTo("VISIT");
        assertThat(staff.get("content").asText()).isEqualTo("缺少流动资金，贷款难以获批");
        assertThat(staff.get("department").asText()).isEqualTo("FINOFFICE");
        assertThat(staff.get("audit").get(0).get("detail").get("visitId").asLong()).isEqualTo(r.json().get("id").asLong());
        assertThat(kit.ownerGet(owner, ticket).status()).as("the business's owner sees it").isEqualTo(200);

        // the ticket is handled like any other, and the owner is told of the reply
        Map<String, Object> second = visit(business, LocalDate.now().toString());
        second.put("ticket", Map.of("category", "HARDSHIP", "content", "门店漏雨，急需维修资金帮扶"));
        long help = api.post(VISITS, association, second).json().get("ticketId").asLong();
        kit.actionOk(association, help, "assign", Map.of(), "ASSIGNED");
        kit.actionOk(association, help, "replies", FeedbackTestKit.text("已联系帮扶资金"), "REPLIED");
        assertThat(kit.ownerGet(owner, help).json().get("replies")).hasSize(1);
        assertThat(api.post(VISITS, association, Map.of("businessId", business)).status()).isEqualTo(400);
    }

    @Test
    void aVisitAndItsTicketAreAuditedWithTheirCounty() {
        FeedbackTestKit kit = new FeedbackTestKit(api);
        String owner = users.newOwnerToken();
        long business = FeedbackTestKit.business(jdbc, "150822", "DK", kit.userId(owner));
        String department = users.staffToken(Role.DEPARTMENT, "SAMR");
        Map<String, Object> body = visit(business, LocalDate.now().toString());
        body.put("ticket", Map.of("category", "FEES", "content", "检查中被要求缴纳不合理的费用"));
        Api.Response r = api.post(VISITS, department, body);
        assertThat(r.status()).as("department staff record visits: " + r.body()).isEqualTo(201);
        long visitId = r.json().get("id").asLong();
        long ticket = r.json().get("ticketId").asLong();
        Map<String, Object> entry = jdbc.queryForMap("SELECT action, county, actor_id, detail FROM audit_entry"
                + " WHERE subject_kind = 'visit' AND subject_id = ?", visitId);
        assertThat(entry.get("action")).isEqualTo("RECORD");
        assertThat(entry.get("county")).isEqualTo("150822");
        assertThat(((Number) entry.get("actor_id")).longValue()).isEqualTo(kit.userId(department));
        assertThat(entry.get("detail").toString()).contains("\"ticketId\":" + ticket);
        assertThat(jdbc.queryForObject("SELECT county FROM audit_entry WHERE subject_kind = 'ticket' AND subject_id = ?"
                + " AND action = 'SUBMIT'", String.class, ticket)).isEqualTo("150822");
        // the staff detail still shows the ticket's trail (the visit's own entry is not a ticket entry)
        JsonNode trail = kit.staffGet(users.staffToken(Role.ASSOCIATION), ticket).json().get("audit");
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).get("action").asText()).isEqualTo("SUBMIT");
        assertThat(trail.get(0).get("detail").get("visitId").asLong()).isEqualTo(visitId);
    }

    /** Visits follow the feedback rule (ADMIN, ASSOCIATION, DEPARTMENT): HR, owners and guests are refused. */
    @Test
    void hrOwnersAndGuestsMayNotRecordOrReadVisits() {
        FeedbackTestKit kit = new FeedbackTestKit(api);
        long business = FeedbackTestKit.business(jdbc, "150822", "DK", kit.userId(users.newOwnerToken()));
        String hr = users.staffToken(Role.HR);
        Api.Response refused = api.post(VISITS, hr, visit(business, "2026-11-01"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("FORBIDDEN");
        assertThat(api.get(VISITS, hr).status()).isEqualTo(403);
        assertThat(api.get(VISITS + "/export.xlsx", hr).status()).isEqualTo(403);
        assertThat(api.get(VISITS, users.newOwnerToken()).status()).isEqualTo(403);
        assertThat(api.get(VISITS, null).status()).isEqualTo(401);
        assertThat(api.post(VISITS, users.adminToken(), visit(business, "2026-11-01")).status()).isEqualTo(201);
    }

    @Test
    void badVisitsAreRefused() {
        FeedbackTestKit kit = new FeedbackTestKit(api);
        String association = users.staffToken(Role.ASSOCIATION);
        long business = FeedbackTestKit.business(jdbc, "150822", "DK", kit.userId(users.newOwnerToken()));
        assertThat(api.post(VISITS, association, visit(999_999_999L, "2026-11-01")).code()).isEqualTo("BUSINESS_NOT_FOUND");
        assertThat(api.post(VISITS, association, visit(business, LocalDate.now().plusDays(2).toString())).status())
                .as("a visit in the future").isEqualTo(400);
        Map<String, Object> badCategory = visit(business, "2026-11-01");
        badCategory.put("ticket", Map.of("category", "NOPE"));
        assertThat(api.post(VISITS, association, badCategory).status()).isEqualTo(400);
        Map<String, Object> noVisitors = visit(business, "2026-11-01");
        noVisitors.put("visitors", "");
        assertThat(api.post(VISITS, association, noVisitors).status()).isEqualTo(400);
        assertThat(api.post(VISITS, users.newOwnerToken(), visit(business, "2026-11-01")).status()).isEqualTo(403);
    }

    @Test
    void listedByTownshipStaffAndMonthAndExported() throws Exception {
        FeedbackTestKit kit = new FeedbackTestKit(api);
        String association = users.staffToken(Role.ASSOCIATION);
        String department = users.staffToken(Role.DEPARTMENT, "SAMR");
        long inBgl = FeedbackTestKit.business(jdbc, "150822", "BYGL", kit.userId(users.newOwnerToken()));
        long inLsh = FeedbackTestKit.business(jdbc, "150822", "LSH", kit.userId(users.newOwnerToken()));
        long a = api.post(VISITS, association, visit(inBgl, "2026-09-15")).json().get("id").asLong();
        long b = api.post(VISITS, department, visit(inLsh, "2026-09-20")).json().get("id").asLong();
        long c = api.post(VISITS, association, visit(inBgl, "2026-10-02")).json().get("id").asLong();

        assertThat(FeedbackTestKit.ids(api.get(VISITS + "?township=BYGL&month=2026-09&size=100", association))).contains(a)
                .doesNotContain(b, c);
        long departmentId = kit.userId(department);
        assertThat(FeedbackTestKit.ids(api.get(VISITS + "?staff=" + departmentId + "&size=100", association))).containsExactly(b);
        assertThat(FeedbackTestKit.ids(api.get(VISITS + "?size=100", department))).as("department staff: their own").containsExactly(b);
        assertThat(api.get(VISITS + "?month=2026-13", association).status()).isEqualTo(400);

        try (XSSFWorkbook book = kit.workbook(VISITS + "/export.xlsx?township=BYGL&month=2026-09", association)) {
            var sheet = book.getSheet("走访记录");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("走访日期");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("镇（苏木）");
            boolean found = false;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                found |= sheet.getRow(i).getCell(2).getStringCellValue().equals("巴彦高勒镇");
                assertThat(sheet.getRow(i).getCell(2).getStringCellValue()).isEqualTo("巴彦高勒镇");
            }
            assertThat(found).isTrue();
        }
    }
}
