package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeker profiles and alert subscriptions: the user's own, HR/ADMIN read them, nobody else does. */
@IntegrationTest
class JobSeekerTest {

    static final String SEEKER = "/api/v1/me/job-seeker";
    static final String ALERT = "/api/v1/me/job-alert";
    static final String ADMIN_SEEKERS = "/api/v1/admin/job-seekers";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    static Map<String, Object> profile(String situation, List<String> townships, List<String> industries,
                                       List<String> types) {
        Map<String, Object> body = new HashMap<>();
        body.put("situation", situation);
        body.put("preferences", Map.of("townships", townships, "industries", industries, "jobTypes", types));
        return body;
    }

    long userId(String token) {
        return api.get("/api/v1/me", token).json().get("id").asLong();
    }

    @Test
    void aProfileSubscribesByDefaultAndItsAlertsFollowItUntilTheUserSetsTheirOwn() {
        String owner = users.newOwnerToken();
        assertThat(api.get(SEEKER, owner).code()).isEqualTo("JOB_SEEKER_NOT_FOUND");
        assertThat(api.get(ALERT, owner).code()).isEqualTo("JOB_ALERT_NOT_FOUND");

        Api.Response saved = api.put(SEEKER, owner, profile("GRADUATE", List.of("DK"), List.of(), List.of("FULL_TIME")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("situationName").asText()).isEqualTo("待就业毕业生");
        assertThat(saved.json().get("priorityGroup").asBoolean()).isTrue();
        assertThat(saved.json().get("alerts").asBoolean()).isTrue();
        assertThat(saved.json().get("county").asText()).isEqualTo("150822");
        JsonNode alert = api.get(ALERT, owner).json();
        assertThat(alert.get("followsProfile").asBoolean()).isTrue();
        assertThat(alert.get("preferences").get("townships").get(0).asText()).isEqualTo("DK");

        api.put(SEEKER, owner, profile("LAID_OFF", List.of("LSH"), List.of("A"), List.of()));
        alert = api.get(ALERT, owner).json();
        assertThat(alert.get("preferences").get("townships").get(0).asText()).as("follows the profile").isEqualTo("LSH");
        assertThat(alert.get("preferences").get("industries").get(0).asText()).isEqualTo("A");

        Api.Response own = api.put(ALERT, owner, Map.of("preferences", Map.of("jobTypes", List.of("SEASONAL"))));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("followsProfile").asBoolean()).isFalse();
        api.put(SEEKER, owner, profile("LAID_OFF", List.of("DK"), List.of(), List.of()));
        alert = api.get(ALERT, owner).json();
        assertThat(alert.get("preferences").get("townships")).as("the user's own lists stay").isEmpty();
        assertThat(alert.get("preferences").get("jobTypes").get(0).asText()).isEqualTo("SEASONAL");

        assertThat(api.delete(SEEKER, owner).status()).isEqualTo(204);
        assertThat(api.get(SEEKER, owner).code()).isEqualTo("JOB_SEEKER_NOT_FOUND");
        assertThat(api.get(ALERT, owner).status()).as("own alerts outlive the profile").isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_seeker WHERE user_id = ?", Integer.class, userId(owner)))
                .isZero();
        assertThat(api.delete(ALERT, owner).status()).isEqualTo(204);
        assertThat(api.get(ALERT, owner).code()).isEqualTo("JOB_ALERT_NOT_FOUND");
        assertThat(api.delete(SEEKER, owner).status()).as("deleting twice is fine").isEqualTo(204);
    }

    @Test
    void deletingTheProfileEndsTheAlertsThatFollowedItAndAlertsFalseSubscribesNothing() {
        String owner = users.newOwnerToken();
        api.put(SEEKER, owner, profile("OTHER", List.of(), List.of(), List.of()));
        assertThat(api.get(ALERT, owner).status()).isEqualTo(200);
        assertThat(api.delete(SEEKER, owner).status()).isEqualTo(204);
        assertThat(api.get(ALERT, owner).code()).isEqualTo("JOB_ALERT_NOT_FOUND");

        Map<String, Object> quiet = profile("GRADUATE", List.of(), List.of(), List.of());
        quiet.put("alerts", false);
        Api.Response r = api.put(SEEKER, owner, quiet);
        assertThat(r.json().get("alerts").asBoolean()).isFalse();
        assertThat(api.get(ALERT, owner).code()).isEqualTo("JOB_ALERT_NOT_FOUND");
        api.put(SEEKER, owner, profile("GRADUATE", List.of(), List.of(), List.of()));
        assertThat(api.get(ALERT, owner).status()).isEqualTo(200);
        quiet.put("alerts", false);
        api.put(SEEKER, owner, quiet);
        assertThat(api.get(ALERT, owner).code()).as("alerts false drops the profile's alerts").isEqualTo("JOB_ALERT_NOT_FOUND");
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        String owner = users.newOwnerToken();
        Api.Response noSituation = api.put(SEEKER, owner, Map.of("preferences", Map.of()));
        assertThat(noSituation.status()).isEqualTo(400);
        assertThat(noSituation.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(noSituation.body()).contains("situation");

        Api.Response badSituation = api.put(SEEKER, owner, Map.of("situation", "RETIRED"));
        assertThat(badSituation.status()).isEqualTo(400);
        assertThat(badSituation.code()).as("what any body with an unknown enum constant gets").isEqualTo("MALFORMED_JSON");

        Api.Response badTownship = api.put(SEEKER, owner, profile("GRADUATE", List.of("SHB"), List.of("ZZ"), List.of()));
        assertThat(badTownship.code()).as("a township of another county").isEqualTo("VALIDATION_FAILED");
        assertThat(badTownship.body()).contains("preferences.townships").contains("preferences.industries").contains("SHB");

        Api.Response badType = api.put(ALERT, owner, Map.of("preferences", Map.of("jobTypes", List.of("FOREVER"))));
        assertThat(badType.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(badType.body()).contains("preferences.jobTypes");

        Api.Response badCounty = api.put(ALERT, owner, Map.of("county", "110101"));
        assertThat(badCounty.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(badCounty.body()).contains("county");

        List<String> many = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            many.add("DK");
        }
        Api.Response tooMany = api.put(SEEKER, owner, profile("OTHER", many, List.of(), List.of()));
        assertThat(tooMany.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get(SEEKER, owner).code()).as("nothing saved").isEqualTo("JOB_SEEKER_NOT_FOUND");
    }

    @Test
    void onlyHrAndAdminReadProfilesAndEachReadIsAudited() {
        String owner = users.newOwnerToken();
        long id = userId(owner);
        api.put(SEEKER, owner, profile("LAID_OFF", List.of("BYGL"), List.of(), List.of()));
        String hr = users.staffToken(Role.HR);

        Api.Response page = api.get(ADMIN_SEEKERS + "?situation=LAID_OFF&township=BYGL&size=100", hr);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().get("items").findValuesAsText("userId")).contains(Long.toString(id));
        assertThat(api.get(ADMIN_SEEKERS + "?situation=GRADUATE&size=100", hr).json().get("items")
                .findValuesAsText("userId")).doesNotContain(Long.toString(id));
        assertThat(api.get(ADMIN_SEEKERS + "?township=DK&size=100", hr).json().get("items")
                .findValuesAsText("userId")).doesNotContain(Long.toString(id));
        assertThat(api.get(ADMIN_SEEKERS + "?situation=NOBODY", hr).code()).isEqualTo("VALIDATION_FAILED");

        Api.Response one = api.get(ADMIN_SEEKERS + "/" + id, hr);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("situation").asText()).isEqualTo("LAID_OFF");
        assertThat(api.get(ADMIN_SEEKERS + "/" + id, users.adminToken()).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE subject_kind = 'job-seeker' "
                + "AND subject_id = ? AND action = 'VIEW'", Integer.class, id)).isEqualTo(2);
        assertThat(api.get(ADMIN_SEEKERS + "/" + (id + 1_000_000), hr).code()).isEqualTo("JOB_SEEKER_NOT_FOUND");

        for (String refused : List.of(users.staffToken(Role.ASSOCIATION), users.staffToken(Role.DEPARTMENT),
                users.newOwnerToken(), owner)) {
            assertThat(api.get(ADMIN_SEEKERS, refused).status()).isEqualTo(403);
            assertThat(api.get(ADMIN_SEEKERS + "/" + id, refused).status()).isEqualTo(403);
        }
        assertThat(api.get(ADMIN_SEEKERS, null).status()).isEqualTo(401);
        assertThat(api.get(SEEKER, hr).status()).as("staff keep no seeker profile").isEqualTo(403);
        assertThat(api.put(SEEKER, null, profile("OTHER", List.of(), List.of(), List.of())).status()).isEqualTo(401);
    }
}
