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

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Stats over March 2026 (no other test files tickets then): working-day times, SLA met, satisfaction, visits. */
@IntegrationTest
class FeedbackStatsTest {

    private static final String STATS = "/api/v1/admin/feedback/stats?from=2026-03-01&to=2026-03-31";

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

    private void at(String isoLocal) {
        FeedbackTestKit.at(clock, isoLocal);
    }

    private static JsonNode row(JsonNode stats, String key) {
        for (JsonNode r : stats.get("rows")) {
            if (r.get("key").asText().equals(key)) {
                return r;
            }
        }
        throw new AssertionError("no row " + key + " in " + stats);
    }

    @Test
    void workingDayTimesSlaSatisfactionAndVisits() throws Exception {
        FeedbackTestKit kit = new FeedbackTestKit(api);
        String association = users.staffToken(Role.ASSOCIATION);
        String finance = users.staffToken(Role.DEPARTMENT, "FINOFFICE");
        String owner = users.newOwnerToken();
        at("2026-03-02T10:00:00");
        long quick = kit.submitOk(owner);
        long slow = kit.submitOk(users.newOwnerToken());
        kit.actionOk(association, quick, "assign", Map.of(), "ASSIGNED");
        kit.actionOk(association, slow, "assign", Map.of(), "ASSIGNED");
        at("2026-03-04T10:00:00");
        kit.actionOk(finance, quick, "replies", FeedbackTestKit.text("已受理"), "REPLIED");
        at("2026-03-05T10:00:00");
        kit.actionOk(finance, quick, "resolve", Map.of("resolution", "已办理"), "RESOLVED");
        assertThat(api.post("/api/v1/feedback/" + quick + "/rating", owner, Map.of("score", 4)).status()).isEqualTo(200);
        at("2026-03-25T10:00:00"); // due 3-23 (15 working days from 3-2): late
        kit.actionOk(finance, slow, "resolve", Map.of("resolution", "已办理"), "RESOLVED");
        long business = FeedbackTestKit.business(jdbc, "150822", "DK", kit.userId(users.newOwnerToken()));
        assertThat(api.post("/api/v1/admin/visits", association, Map.of("businessId", business, "visitedOn", "2026-03-10",
                "visitors", "张三", "discussed", "了解融资需求")).status()).isEqualTo(201);

        JsonNode byCategory = api.get(STATS + "&groupBy=CATEGORY", association).json();
        JsonNode financing = row(byCategory, "FINANCING");
        assertThat(financing.get("name").asText()).isEqualTo("融资需求");
        assertThat(financing.get("volume").asInt()).isEqualTo(2);
        assertThat(financing.get("resolved").asInt()).isEqualTo(2);
        // first response: 2 (3-3, 3-4) and 17 (the resolution on 3-25 is the first answer); resolution 3 and 17
        assertThat(financing.get("firstResponseDays").asDouble()).isEqualTo(9.5);
        assertThat(financing.get("resolutionDays").asDouble()).isEqualTo(10.0);
        assertThat(financing.get("slaMet").asDouble()).isEqualTo(0.5);
        assertThat(financing.get("satisfaction").asDouble()).isEqualTo(4.0);
        assertThat(financing.get("reopenRate").asDouble()).isEqualTo(0.0);
        assertThat(financing.get("visits").isNull()).as("visits are by township or month").isTrue();
        assertThat(byCategory.get("total").get("volume").asInt()).isEqualTo(2);

        JsonNode byTownship = api.get(STATS + "&groupBy=TOWNSHIP", association).json();
        assertThat(row(byTownship, "DK").get("visits").asInt()).isEqualTo(1);
        assertThat(row(byTownship, "DK").get("name").asText()).isEqualTo("渡口镇");
        assertThat(row(api.get(STATS + "&groupBy=MONTH", association).json(), "2026-03").get("volume").asInt()).isEqualTo(2);
        assertThat(api.get(STATS + "&groupBy=DEPARTMENT", users.staffToken(Role.DEPARTMENT, "TAX")).json()
                .get("total").get("volume").asInt()).as("another department's tickets are not counted").isZero();
        assertThat(api.get(STATS, users.staffToken(Role.HR)).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/feedback/stats?from=2026-03-31&to=2026-03-01", association).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/admin/feedback/stats?from=2026-03-01", association).status()).isEqualTo(400);

        String path = "/api/v1/admin/feedback/stats.xlsx?from=2026-03-01&to=2026-03-31";
        try (XSSFWorkbook book = kit.workbook(path, association)) {
            var sheet = book.getSheet("问情统计");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("按期办结率");
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(1).getNumericCellValue()).isEqualTo(2.0);
        }
    }
}
