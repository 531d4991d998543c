package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.ApiContract;
import cn.dengkou.bizservice.support.TestUsers;
import cn.dengkou.bizservice.support.TwoCountyDeployment;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.notice.NoticeTestKit.ADMIN;
import static cn.dengkou.bizservice.notice.NoticeTestKit.notice;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice's reach funnel serving 磴口县 and 杭锦后旗: a prefecture notice's numbers are the sum over the counties it
 * reached and {@code byCounty} splits them, and each county's staff see their county's share of it; a county's notice
 * shows county staff their county's rows only.
 */
@TwoCountyDeployment
class TwoCountyNoticeStatsTest {

    static final String DENGKOU = "150822";
    static final String HANGJIN = "150826";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Dictionaries dictionaries;

    NoticeTestKit kit;
    String tag;
    String prefectureAdmin;
    String dengkouAssociation;

    @BeforeEach
    void setUp() {
        kit = new NoticeTestKit(api, jdbc);
        tag = NoticeTestKit.uniqueTag();
        kit.dictionaryTag(tag, dictionaries::refresh);
        prefectureAdmin = users.staffInCounty("150800", Role.ADMIN);
        dengkouAssociation = users.staffInCounty(DENGKOU, Role.ASSOCIATION);
    }

    @AfterEach
    void retireStaff() {
        users.disableCountyStaff();
    }

    @Test
    void aPrefectureNoticesStatsAreSplitByCountyAndSumToTheTotal() throws Exception {
        List<String> dengkou = owners(DENGKOU, "DK", 2);
        List<String> hangjin = owners(HANGJIN, "SHB", 3);
        long id = kit.create(prefectureAdmin, notice("全市统计" + tag, List.of("TAX"),
                Map.of("tags", List.of(tag), "counties", List.of(DENGKOU, HANGJIN))));
        assertThat(kit.action(prefectureAdmin, id, "publish", Map.of("push", true)).status()).isEqualTo(200);
        for (String reader : List.of(dengkou.get(0), hangjin.get(0), hangjin.get(1), hangjin.get(1))) {
            assertThat(api.get("/api/v1/notices/" + id, reader).status()).isEqualTo(200);
        }
        assertThat(api.post("/api/v1/me/favorites/notices/" + id, hangjin.get(2), null).status()).isEqualTo(201);

        Api.Response r = api.get(ADMIN + "/" + id + "/stats", prefectureAdmin);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode s = r.json();
        assertThat(s.get("inboxDelivered").asLong()).isEqualTo(5);
        assertThat(s.get("opened").asLong()).isEqualTo(3);
        assertThat(s.get("favorited").asLong()).isEqualTo(1);
        Map<String, List<Long>> counties = rows(s.get("byCounty"));
        assertThat(counties.keySet()).containsExactly("磴口县", "杭锦后旗");
        assertThat(counties.get("磴口县")).containsExactly(2L, 1L, 0L);
        assertThat(counties.get("杭锦后旗")).containsExactly(3L, 2L, 1L);
        assertThat(rows(s.get("byTownship"))).containsEntry("陕坝镇", List.of(3L, 2L, 1L))
                .containsEntry("渡口镇", List.of(2L, 1L, 0L));
        Api.Response part = api.get(ADMIN + "/" + id + "/stats", dengkouAssociation);
        assertThat(part.status()).as("county staff report on a prefecture notice for their county: " + part.body())
                .isEqualTo(200);
        JsonNode dk = part.json();
        assertThat(dk.get("inboxDelivered").asLong()).as("their county's share of the push").isEqualTo(2);
        assertThat(dk.get("subscribeSent").asLong() + dk.get("subscribeNoQuota").asLong()
                + dk.get("subscribeFailed").asLong() + dk.get("subscribeUnknown").asLong()
                + dk.get("subscribePending").asLong()).isEqualTo(2);
        assertThat(dk.get("opened").asLong()).isEqualTo(1);
        assertThat(dk.get("favorited").asLong()).isZero();
        assertThat(rows(dk.get("byCounty"))).containsExactly(Map.entry("磴口县", List.of(2L, 1L, 0L)));
        assertThat(rows(dk.get("byTownship"))).doesNotContainKey("陕坝镇");
        assertThat(s.get("subscribeNoQuota").asLong() + s.get("subscribeSent").asLong()
                + s.get("subscribeFailed").asLong() + s.get("subscribeUnknown").asLong()
                + s.get("subscribePending").asLong()).as("the prefecture sees the whole push").isEqualTo(5);
        assertThat(api.get(ADMIN + "/" + id + "/stats", users.staffInCounty(DENGKOU, "FINANCE", Role.DEPARTMENT))
                .status()).as("department staff of another department").isEqualTo(404);
        long hangjinOnly = kit.create(prefectureAdmin, notice("杭锦后旗专项" + tag, List.of("TAX"),
                Map.of("tags", List.of(tag), "counties", List.of(HANGJIN))));
        assertThat(kit.action(prefectureAdmin, hangjinOnly, "publish", Map.of("push", true)).status()).isEqualTo(200);
        assertThat(api.get(ADMIN + "/" + hangjinOnly + "/stats", dengkouAssociation).status())
                .as("a prefecture notice for another county does not exist for them").isEqualTo(404);
        assertThat(api.get(ADMIN + "/" + hangjinOnly + "/stats", users.staffInCounty(HANGJIN, Role.ASSOCIATION))
                .json().get("inboxDelivered").asLong()).isEqualTo(3);

        String xlsx = ADMIN + "/" + id + "/stats.xlsx";
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.baseUrl() + xlsx))
                .header("Authorization", "Bearer " + prefectureAdmin).build(), HttpResponse.BodyHandlers.ofByteArray());
        ApiContract.verify("GET", xlsx, file.statusCode(), file.headers(), file.body());
        assertThat(file.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = wb.getSheetAt(3);
            assertThat(wb.getSheetName(3)).isEqualTo("按区县（旗）");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("区县（旗）");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("杭锦后旗");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void aCountysNoticeShowsItsStaffTheirCountysRowsOnly() {
        List<String> dengkou = owners(DENGKOU, "DK", 2);
        owners(HANGJIN, "SHB", 1);
        long id = kit.create(dengkouAssociation, notice("本县统计" + tag, List.of("TAX"), Map.of("tags", List.of(tag))));
        assertThat(kit.action(dengkouAssociation, id, "publish", Map.of("push", true)).status()).isEqualTo(200);
        api.get("/api/v1/notices/" + id, dengkou.get(1));

        JsonNode own = api.get(ADMIN + "/" + id + "/stats", dengkouAssociation).json();
        assertThat(own.get("inboxDelivered").asLong()).as("the county's owners only").isEqualTo(2);
        assertThat(own.get("opened").asLong()).isEqualTo(1);
        assertThat(rows(own.get("byCounty")).keySet()).containsExactly("磴口县");
        assertThat(rows(own.get("byTownship"))).containsKey("渡口镇").doesNotContainKey("陕坝镇");

        JsonNode prefecture = api.get(ADMIN + "/" + id + "/stats", prefectureAdmin).json();
        assertThat(rows(prefecture.get("byCounty"))).containsEntry("磴口县", List.of(2L, 1L, 0L))
                .containsEntry("杭锦后旗", List.of(0L, 0L, 0L));
        assertThat(prefecture.get("opened")).isEqualTo(own.get("opened"));
    }

    /** {@code n} owners with VERIFIED businesses of this county and township, tagged with the test's tag. */
    private List<String> owners(String county, String township, int n) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String token = users.newOwnerToken();
            long userId = kit.bind(token, "INDIVIDUAL", "F", township, null, null, "VERIFIED", tag);
            jdbc.update("UPDATE business SET county = ? WHERE owner_user_id = ?", county, userId);
            tokens.add(token);
        }
        return tokens;
    }

    private static Map<String, List<Long>> rows(JsonNode rows) {
        Map<String, List<Long>> m = new LinkedHashMap<>();
        rows.forEach(r -> m.put(r.get("name").asText(),
                List.of(r.get("delivered").asLong(), r.get("opened").asLong(), r.get("favorited").asLong())));
        return m;
    }
}
