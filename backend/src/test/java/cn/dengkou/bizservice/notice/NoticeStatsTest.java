package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.ApiContract;
import cn.dengkou.bizservice.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.notice.NoticeTestKit.ADMIN;
import static cn.dengkou.bizservice.notice.NoticeTestKit.notice;
import static org.assertj.core.api.Assertions.assertThat;

/** The reach funnel of one notice, by township and kind, as JSON and Excel; kept after withdrawal. */
@IntegrationTest
class NoticeStatsTest extends PushingNoticeTest {


    String staff;

    @BeforeEach
    void setUp() {
        staff = users.staffToken(Role.DEPARTMENT, "TAX");
    }

    @Test
    void funnelCountsEachStepByTownshipAndKindAndSurvivesWithdrawal() {
        String o1 = owner("INDIVIDUAL", "LSH");
        String o2 = owner("INDIVIDUAL", "LSH");
        String o3 = owner("ENTERPRISE", "BYGL");
        owner("ENTERPRISE", "DK");
        quota(o1);
        quota(o3);
        long id = kit.create(staff, notice("触达统计", List.of("TAX"), Map.of("tags", List.of(tag))));
        Api.Response published = kit.action(staff, id, "publish", Map.of("push", true));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        dispatcher.drain();

        String unbound = users.newOwnerToken();
        for (String reader : new String[] {o1, o1, o3, unbound, null, staff}) {
            assertThat(api.get("/api/v1/notices/" + id, reader).status()).isEqualTo(200);
        }
        assertThat(api.post("/api/v1/me/favorites/notices/" + id, o1, null).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/me/favorites/notices/" + id, o2, null).status()).isEqualTo(201);
        assertThat(api.delete("/api/v1/me/favorites/notices/" + id, o2).status()).isEqualTo(204);

        JsonNode s = stats(id);
        assertThat(s.get("audience").asInt()).isEqualTo(4);
        assertThat(s.get("inboxDelivered").asLong()).isEqualTo(4);
        assertThat(s.get("subscribeSent").asLong()).isEqualTo(2);
        assertThat(s.get("subscribeNoQuota").asLong()).isEqualTo(2);
        assertThat(s.get("subscribeFailed").asLong()).isZero();
        assertThat(s.get("opened").asLong()).as("unique readers; guests and staff not counted").isEqualTo(3);
        assertThat(s.get("favorited").asLong()).isEqualTo(1);
        Map<String, List<Long>> towns = rows(s.get("byTownship"));
        assertThat(towns.get("隆盛合镇")).containsExactly(2L, 1L, 1L);
        assertThat(towns.get("巴彦高勒镇")).containsExactly(1L, 1L, 0L);
        assertThat(towns.get("渡口镇")).containsExactly(1L, 0L, 0L);
        assertThat(towns.get("补隆淖镇")).containsExactly(0L, 0L, 0L);
        assertThat(towns.get(NoticeStats.NO_BUSINESS)).containsExactly(0L, 1L, 0L);
        Map<String, List<Long>> kinds = rows(s.get("byKind"));
        assertThat(kinds.get("个体工商户")).containsExactly(2L, 1L, 1L);
        assertThat(kinds.get("小微企业")).containsExactly(2L, 1L, 0L);

        assertThat(kit.action(staff, id, "withdraw", null).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/notices/" + id, o1).status()).isEqualTo(404);
        JsonNode after = stats(id);
        assertThat(after.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(after.get("opened").asLong()).isEqualTo(3);
        assertThat(after.get("inboxDelivered").asLong()).isEqualTo(4);
        assertThat(after.get("byTownship")).isEqualTo(s.get("byTownship"));
    }

    @Test
    void excelHasTheSameNumbersUnderChineseNames() throws Exception {
        String o1 = owner("INDIVIDUAL", "LSH");
        long id = kit.published(staff, notice("导出统计", List.of("TAX"), Map.of("tags", List.of(tag))));
        api.get("/api/v1/notices/" + id, o1);

        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(api.baseUrl() + ADMIN + "/" + id + "/stats.xlsx"))
                .header("Authorization", "Bearer " + staff).build(), HttpResponse.BodyHandlers.ofByteArray());
        ApiContract.verify("GET", ADMIN + "/" + id + "/stats.xlsx", r.statusCode(), r.headers(), r.body());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("filename*=UTF-8''%E5%85%AC%E5%91%8A" + id);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertThat(wb.getSheetName(0)).isEqualTo("触达漏斗");
            assertThat(wb.getSheetName(1)).isEqualTo("按镇（苏木）");
            assertThat(wb.getSheetName(2)).isEqualTo("按主体类型");
            Sheet funnel = wb.getSheetAt(0);
            Map<String, String> cells = new HashMap<>();
            funnel.forEach(row -> cells.put(row.getCell(0).getStringCellValue(), row.getCell(1).toString()));
            assertThat(cells.get("标题")).isEqualTo("导出统计");
            assertThat(cells.get("推送目标人数")).isEqualTo("未推送");
            assertThat(cells.get("阅读人数")).isEqualTo("1.0");
            Sheet towns = wb.getSheetAt(1);
            assertThat(towns.getRow(0).getCell(0).getStringCellValue()).isEqualTo("镇（苏木）");
            assertThat(towns.getRow(2).getCell(0).getStringCellValue()).isEqualTo("隆盛合镇");
            assertThat(towns.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void onlyStaffWhoManageTheNoticeMaySeeIt() {
        long id = kit.published(staff, notice("权限统计", List.of("TAX"), Map.of()));
        String path = ADMIN + "/" + id + "/stats";
        assertThat(api.get(path, users.staffToken(Role.ADMIN)).status()).isEqualTo(200);
        assertThat(api.get(path, users.staffToken(Role.ASSOCIATION)).status()).isEqualTo(200);
        Api.Response other = api.get(path, users.staffToken(Role.DEPARTMENT, "FINANCE"));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.code()).isEqualTo("NOTICE_DEPARTMENT_FORBIDDEN");
        assertThat(api.get(path + ".xlsx", users.staffToken(Role.DEPARTMENT, "FINANCE")).status()).isEqualTo(403);
        assertThat(api.get(path, users.staffToken(Role.HR)).code()).isEqualTo("FORBIDDEN");
        assertThat(api.get(path, users.newOwnerToken()).status()).isEqualTo(403);
        assertThat(api.get(path, null).status()).isEqualTo(401);
        assertThat(api.get(path + ".xlsx", null).status()).isEqualTo(401);
        assertThat(api.get(ADMIN + "/999999999/stats", staff).code()).isEqualTo("NOTICE_NOT_FOUND");
        assertThat(api.get(ADMIN + "/abc/stats", staff).status()).isEqualTo(400);
    }

    private String owner(String kind, String township) {
        String token = users.newOwnerToken();
        kit.bind(token, kind, "F", township, null, null, "VERIFIED", tag);
        return token;
    }

    private void quota(String token) {
        jdbc.update("INSERT INTO subscription_quota (user_id, template_id, quota, last_result, updated_at) "
                + "VALUES (?, 'tpl-notice', 1, 'accept', NOW(3))", kit.userId(token));
    }

    private JsonNode stats(long id) {
        Api.Response r = api.get(ADMIN + "/" + id + "/stats", staff);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** name → [delivered, opened, favorited]. */
    private static Map<String, List<Long>> rows(JsonNode rows) {
        Map<String, List<Long>> m = new HashMap<>();
        rows.forEach(r -> m.put(r.get("name").asText(),
                List.of(r.get("delivered").asLong(), r.get("opened").asLong(), r.get("favorited").asLong())));
        return m;
    }
}
