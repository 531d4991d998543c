package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.TestUsers;
import cn.dengkou.bizservice.support.TwoCountyDeployment;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static cn.dengkou.bizservice.business.BusinessTestKit.ME;
import static cn.dengkou.bizservice.business.BusinessTestKit.claim;
import static cn.dengkou.bizservice.business.BusinessTestKit.marker;
import static cn.dengkou.bizservice.business.BusinessTestKit.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deployment serving 磴口县 (150822) and 杭锦后旗 (150826) ({@link TwoCountyDeployment}). Staff of one county never see the
 * other's businesses, staff or trail; prefecture (巴彦淖尔市 150800) staff see both.
 */
@TwoCountyDeployment
class TwoCountyDeploymentTest {

    static final String DENGKOU = "150822";
    static final String HANGJIN = "150826";
    static final String PREFECTURE = "150800";
    static final String ADMIN = "/api/v1/admin/businesses";
    static final String STAFF = "/api/v1/admin/staff";
    static final String PASSWORD = "county-staff-password";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    String dengkouAdmin;
    String hangjinAdmin;
    String prefectureAdmin;
    String dengkouAssociation;

    @BeforeEach
    void staff() {
        dengkouAdmin = users.staffInCounty(DENGKOU, Role.ADMIN);
        hangjinAdmin = users.staffInCounty(HANGJIN, Role.ADMIN);
        prefectureAdmin = users.staffInCounty(PREFECTURE, Role.ADMIN);
        dengkouAssociation = users.staffInCounty(DENGKOU, Role.ASSOCIATION);
    }

    @AfterEach
    void retireStaff() {
        users.disableCountyStaff();
    }

    private long bind(String uscc, String township, String county) {
        Map<String, Object> body = claim(uscc, "两县测试店" + marker());
        body.put("township", township);
        if (county != null) {
            body.put("county", county);
        }
        Api.Response r = api.post(ME, users.newOwnerToken(), body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static List<String> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
    }

    @Test
    void theServedCountiesAndEachCountysTownships() {
        Api.Response counties = api.get("/api/v1/counties", null);
        assertThat(counties.status()).isEqualTo(200);
        assertThat(values(counties.json(), "code")).containsExactly(DENGKOU, HANGJIN);
        assertThat(values(counties.json(), "name")).containsExactly("磴口县", "杭锦后旗");

        List<String> hangjin = values(api.get("/api/v1/dictionaries/townships?county=" + HANGJIN, null).json(), "code");
        List<String> dengkou = values(api.get("/api/v1/dictionaries/townships?county=" + DENGKOU, null).json(), "code");
        List<String> both = values(api.get("/api/v1/dictionaries/townships", null).json(), "code");
        assertThat(hangjin).containsExactly("SHB", "TDQ", "EDQ", "SDQ", "MH", "TJ", "SM", "SHH");
        assertThat(dengkou).contains("BYGL", "LSH", "DK", "BLNZ", "SJTH").doesNotContain("SHB");
        assertThat(both).containsAll(dengkou).containsAll(hangjin);
        assertThat(values(api.get("/api/v1/dictionaries/industries?county=" + HANGJIN, null).json(), "code"))
                .as("shared dictionaries are the same in every county").contains("A", "F", "T");

        Api.Response notServed = api.get("/api/v1/dictionaries/townships?county=150802", null);
        assertThat(notServed.status()).isEqualTo(400);
        assertThat(notServed.code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void aCountyAdminCreatesStaffOnlyInItsCountyAndAPrefectureAdminInAnyOfItsCounties() {
        Map<String, Object> body = new HashMap<>(Map.of("username", "k" + marker(), "password", PASSWORD,
                "displayName", TestUsers.COUNTY_STAFF_NAME, "roles", List.of("ASSOCIATION"), "county", HANGJIN));
        Api.Response elsewhere = api.post(STAFF, dengkouAdmin, body);
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.code()).isEqualTo("COUNTY_FORBIDDEN");
        body.put("county", PREFECTURE);
        assertThat(api.post(STAFF, dengkouAdmin, body).status()).as("nor prefecture staff").isEqualTo(403);

        body.remove("county");
        Api.Response own = api.post(STAFF, dengkouAdmin, body);
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.json().get("county").asText()).as("default: the ADMIN's county").isEqualTo(DENGKOU);

        body.put("username", "k" + marker());
        Api.Response noCounty = api.post(STAFF, prefectureAdmin, body);
        assertThat(noCounty.status()).as("prefecture staff say which county").isEqualTo(400);

        String hangjinAdminName = "k" + marker();
        body.putAll(Map.of("username", hangjinAdminName, "roles", List.of("ADMIN"), "county", HANGJIN));
        Api.Response countyAdmin = api.post(STAFF, prefectureAdmin, body);
        assertThat(countyAdmin.status()).isEqualTo(201);
        assertThat(countyAdmin.json().get("county").asText()).isEqualTo(HANGJIN);
        body.put("county", "150802");
        body.put("username", "k" + marker());
        assertThat(api.post(STAFF, prefectureAdmin, body).status()).as("a county not served").isEqualTo(400);

        JsonNode me = api.get("/api/v1/me", users.staffLogin(hangjinAdminName, PASSWORD)).json();
        assertThat(me.get("county").asText()).isEqualTo(HANGJIN);
        assertThat(me.get("countyName").asText()).isEqualTo("杭锦后旗");
        assertThat(api.get("/api/v1/me", prefectureAdmin).json().get("county").asText()).isEqualTo(PREFECTURE);
    }

    @Test
    void staffListsAndAccountsStayInsideTheCounty() {
        long hangjinStaff = api.get("/api/v1/me", hangjinAdmin).json().get("id").asLong();
        long dengkouStaff = api.get("/api/v1/me", dengkouAssociation).json().get("id").asLong();

        List<String> seenByDengkou = new ArrayList<>();
        List<Long> idsSeenByDengkou = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode p = api.get(STAFF + "?size=100&page=" + page, dengkouAdmin).json();
            p.get("items").forEach(s -> {
                seenByDengkou.add(s.get("county").asText());
                idsSeenByDengkou.add(s.get("id").asLong());
            });
            if (p.get("items").size() < 100) {
                break;
            }
        }
        assertThat(seenByDengkou).isNotEmpty().containsOnly(DENGKOU);
        assertThat(idsSeenByDengkou).contains(dengkouStaff).doesNotContain(hangjinStaff);

        Api.Response disable = api.post(STAFF + "/" + hangjinStaff + "/disable", dengkouAdmin, null);
        assertThat(disable.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/me", hangjinAdmin).status()).as("still logged in").isEqualTo(200);
        assertThat(api.post(STAFF + "/" + dengkouStaff + "/disable", hangjinAdmin, null).status()).isEqualTo(404);

        JsonNode seenByPrefecture = api.get(STAFF + "?size=100&page=1", prefectureAdmin).json();
        assertThat(seenByPrefecture.get("total").asLong()).isGreaterThan(idsSeenByDengkou.size());
        assertThat(api.post(STAFF + "/" + hangjinStaff + "/disable", prefectureAdmin, null).status()).isEqualTo(200);
    }

    @Test
    void aBusinessBelongsToTheCountyItsCodeOrItsOwnerNames() {
        long dengkou = bind(TestUscc.random(DENGKOU), "BYGL", null);
        long hangjin = bind(TestUscc.random(HANGJIN), "SHB", null);
        assertThat(api.get(ADMIN + "/" + dengkou, prefectureAdmin).json().get("county").asText()).isEqualTo(DENGKOU);
        assertThat(api.get(ADMIN + "/" + hangjin, prefectureAdmin).json().get("county").asText()).isEqualTo(HANGJIN);

        Api.Response wrongTownship = api.post(ME, users.newOwnerToken(), Map.of("uscc", TestUscc.random(HANGJIN),
                "name", "两县测试店", "operatorName", "张三", "kind", "INDIVIDUAL", "industry", "F", "township", "BYGL"));
        assertThat(wrongTownship.status()).as("a Dengkou township for a Hangjin business").isEqualTo(400);

        String cityRegistered = TestUscc.random(PREFECTURE);
        Map<String, Object> noCounty = claim(cityRegistered, "市级登记店");
        Api.Response unknown = api.post(ME, users.newOwnerToken(), noCounty);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("COUNTY_REQUIRED");
        noCounty.put("county", "150802");
        assertThat(api.post(ME, users.newOwnerToken(), noCounty).status()).isEqualTo(400);
        long chosen = bind(cityRegistered, "TDQ", HANGJIN);
        assertThat(api.get(ADMIN + "/" + chosen, prefectureAdmin).json().get("county").asText()).isEqualTo(HANGJIN);
    }

    @Test
    void countyStaffGet404ForAnotherCountysBusinessOnEveryEndpointAndListOnlyTheirOwn() {
        String name = "隔离" + marker();
        long dengkou = bindNamed(TestUscc.random(DENGKOU), "BYGL", name);
        long hangjin = bindNamed(TestUscc.random(HANGJIN), "SHB", name);

        for (String token : List.of(dengkouAdmin, dengkouAssociation)) {
            assertThat(api.get(ADMIN + "/" + hangjin, token).code()).isEqualTo("BUSINESS_NOT_FOUND");
            assertThat(api.post(ADMIN + "/" + hangjin + "/verify", token, null).code()).isEqualTo("BUSINESS_NOT_FOUND");
            assertThat(api.post(ADMIN + "/" + hangjin + "/reject", token, Map.of("reason", "不是本县的"))
                    .code()).isEqualTo("BUSINESS_NOT_FOUND");
            assertThat(api.put(ADMIN + "/" + hangjin + "/tags", token, Map.of("tags", List.of("GROWTH")))
                    .code()).isEqualTo("BUSINESS_NOT_FOUND");
            assertThat(api.get(ADMIN + "/" + hangjin, token).status()).isEqualTo(404);
            assertThat(ids(api.get(ADMIN + "?q=" + name, token).json())).containsExactly(dengkou);
            assertThat(ids(api.get(ADMIN + "?q=" + name + "&county=" + HANGJIN, token).json())).isEmpty();
        }
        assertThat(jdbc.queryForObject("SELECT status FROM business WHERE id = ?", String.class, hangjin))
                .isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM business_tag WHERE business_id = ?", Integer.class, hangjin))
                .isZero();
        assertThat(ids(api.get(ADMIN + "?q=" + name, hangjinAdmin).json())).containsExactly(hangjin);
        assertThat(api.post(ADMIN + "/" + hangjin + "/verify", hangjinAdmin, null).status()).isEqualTo(200);

        assertThat(ids(api.get(ADMIN + "?q=" + name, prefectureAdmin).json())).containsExactlyInAnyOrder(dengkou, hangjin);
        assertThat(ids(api.get(ADMIN + "?q=" + name + "&county=" + HANGJIN, prefectureAdmin).json()))
                .containsExactly(hangjin);
        assertThat(api.get(ADMIN + "?county=150802", prefectureAdmin).status()).isEqualTo(400);
        assertThat(api.post(ADMIN + "/" + dengkou + "/verify", prefectureAdmin, null).status()).isEqualTo(200);

        JsonNode dengkouTrail = api.get("/api/v1/admin/audit?subjectKind=business&subjectId=" + hangjin, dengkouAdmin).json();
        assertThat(dengkouTrail.get("items").size()).as("another county's trail").isZero();
        JsonNode hangjinTrail = api.get("/api/v1/admin/audit?subjectKind=business&subjectId=" + hangjin, hangjinAdmin).json();
        assertThat(values(hangjinTrail.get("items"), "action")).containsExactly("VERIFY");
    }

    @Test
    void theRegistryImportDecidesWhereABusinessRegisteredElsewhereOperates() {
        String registeredInDengkou = TestUscc.random(DENGKOU);
        String cityRegistered = TestUscc.random(PREFECTURE);
        String hangjinCode = TestUscc.random(HANGJIN);
        String header = "统一社会信用代码,名称,经营者,主体类型,行业,乡镇,成立日期,纳税人类型,所属区县\n";
        byte[] csv = (header
                + registeredInDengkou + ",杭锦后旗经营店,甲,INDIVIDUAL,F,陕坝镇,,,杭锦后旗\n"
                + cityRegistered + ",市级登记店,乙,INDIVIDUAL,F,TDQ,,,150826\n"
                + TestUscc.random(PREFECTURE) + ",无区县店,丙,INDIVIDUAL,F,TDQ,,,\n"
                + TestUscc.random(HANGJIN) + ",临河店,丁,INDIVIDUAL,F,TDQ,,,临河区\n"
                + TestUscc.random(HANGJIN) + ",错乡镇店,戊,INDIVIDUAL,F,BYGL,,,\n"
                + hangjinCode + ",杭锦后旗本地店,己,INDIVIDUAL,F,SM,,,\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        JsonNode byDengkou = upload(api, dengkouAdmin, "r.csv", csv).json();
        assertThat(byDengkou.get("created").asInt()).as("every row is Hangjin's or refused").isZero();
        assertThat(byDengkou.get("rejected").toString()).contains("不在您的管辖范围");

        JsonNode report = upload(api, prefectureAdmin, "r.csv", csv).json();
        assertThat(report.get("created").asInt()).isEqualTo(3);
        assertThat(report.get("rejectedTotal").asInt()).isEqualTo(3);
        assertThat(report.get("rejected").toString()).contains("无法从统一社会信用代码确定所属区县")
                .contains("所属区县不在本平台服务范围：临河区").contains("乡镇不存在：BYGL（杭锦后旗）");
        assertThat(jdbc.queryForObject("SELECT county FROM registry_entry WHERE uscc = ?", String.class,
                registeredInDengkou)).isEqualTo(HANGJIN);

        // the owner's bind takes the registry's county, not the code's, and is verified with the registry's facts
        Map<String, Object> body = claim(registeredInDengkou, "杭锦后旗经营店");
        body.put("township", "SHB");
        Api.Response bound = api.post(ME, users.newOwnerToken(), body);
        assertThat(bound.status()).isEqualTo(201);
        assertThat(bound.json().get("status").asText()).isEqualTo("VERIFIED");
        long id = bound.json().get("id").asLong();
        assertThat(api.get(ADMIN + "/" + id, hangjinAdmin).json().get("county").asText()).isEqualTo(HANGJIN);
        assertThat(api.get(ADMIN + "/" + id, dengkouAdmin).status()).isEqualTo(404);

        // Dengkou's staff cannot take over a code Hangjin's registry holds, even by naming their own county
        JsonNode takeover = upload(api, dengkouAdmin, "r.csv", (header + hangjinCode + ",改名店,己,INDIVIDUAL,F,BYGL,,,磴口县\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(takeover.get("rejected").toString()).contains("已在杭锦后旗的名录中");
        assertThat(jdbc.queryForObject("SELECT name FROM registry_entry WHERE uscc = ?", String.class, hangjinCode))
                .isEqualTo("杭锦后旗本地店");
    }

    private long bindNamed(String uscc, String township, String name) {
        Map<String, Object> body = claim(uscc, name + township);
        body.put("township", township);
        Api.Response r = api.post(ME, users.newOwnerToken(), body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static List<Long> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(n -> n.get("id").asLong()).toList();
    }
}
