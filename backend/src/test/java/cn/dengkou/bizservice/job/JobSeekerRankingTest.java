package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.job.JobSeekerTest.SEEKER;
import static cn.dengkou.bizservice.job.JobSeekerTest.profile;
import static cn.dengkou.bizservice.job.JobTestKit.PUBLIC;
import static cn.dengkou.bizservice.job.JobTestKit.job;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeker profile ranks the jobs fitting it first in {@code GET /jobs} (the alerts' rule), with a reason; a bound
 * owner with a profile gets both reasons, and jobs with more reasons come first. The order (SQL) and the reasons
 * (Java) must agree: every listed job with a reason comes before every job without one.
 */
@IntegrationTest
class JobSeekerRankingTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    JobTestKit kit;
    String hr;
    String m;
    long a;
    long b;
    long c;
    long d;

    @BeforeEach
    void setUp() {
        kit = new JobTestKit(api, jdbc);
        hr = users.staffToken(Role.HR);
        clock.setInstant(OffsetDateTime.parse("2026-12-02T10:00:00+08:00").toInstant());
        m = JobTestKit.marker();
        a = post("LSH", "A", "SEASONAL"); // oldest
        b = post("BYGL", "A", "FULL_TIME");
        c = post("LSH", "C", "FULL_TIME");
        d = post("LSH", null, "FULL_TIME"); // newest, no industry: fits only "any industry"
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void aSeekersProfileRanksTheJobsFittingItFirstWithAReason() {
        assertThat(ids(list(null))).containsExactly(d, c, b, a);

        String seeker = users.newOwnerToken(); // a WeChat user without a business
        save(seeker, List.of("LSH"), List.of(), List.of());
        Api.Response r = list(seeker);
        assertThat(ids(r)).containsExactly(d, c, a, b);
        assertThat(reasons(r, d)).containsExactly("符合您的求职意向：隆盛合镇");
        assertThat(reasons(r, b)).isEmpty();
        agree(r);

        save(seeker, List.of(), List.of("A"), List.of("FULL_TIME"));
        r = list(seeker);
        assertThat(ids(r)).containsExactly(b, d, c, a); // d has no industry: it does not fit a list of industries
        assertThat(reasons(r, b)).containsExactly("符合您的求职意向：农、林、牧、渔业，全职");
        agree(r);
        assertThat(api.get(PUBLIC + "/" + b, seeker).json().get("matchReasons").get(0).asText())
                .isEqualTo("符合您的求职意向：农、林、牧、渔业，全职");
        assertThat(api.get(PUBLIC + "/" + a, seeker).json().get("matchReasons")).isEmpty();

        save(seeker, List.of(), List.of(), List.of()); // "any" everywhere: every job fits, nothing ranks
        r = list(seeker);
        assertThat(ids(r)).containsExactly(d, c, b, a);
        assertThat(reasons(r, d)).isEmpty();

        save(seeker, List.of(), List.of(), List.of("SEASONAL"));
        assertThat(ids(list(seeker))).containsExactly(a, d, c, b);
        assertThat(api.delete(SEEKER, seeker).status()).isEqualTo(204);
        assertThat(ids(list(seeker))).containsExactly(d, c, b, a);
    }

    @Test
    void aBoundOwnerWithAProfileGetsBothReasonsAndTheJobsWithMoreComeFirst() {
        String owner = users.newOwnerToken();
        kit.bind(owner, "LSH", "VERIFIED");
        save(owner, List.of(), List.of("A"), List.of());
        Api.Response r = list(owner);
        assertThat(ids(r)).containsExactly(a, d, c, b); // a: both; d, c: same township; b: fits the profile
        assertThat(reasons(r, a)).containsExactly("与您同在隆盛合镇", "符合您的求职意向：农、林、牧、渔业");
        assertThat(reasons(r, c)).containsExactly("与您同在隆盛合镇");
        assertThat(reasons(r, b)).containsExactly("符合您的求职意向：农、林、牧、渔业");
        for (int i = 1; i < r.json().get("items").size(); i++) {
            assertThat(r.json().get("items").get(i).get("matchReasons").size())
                    .isLessThanOrEqualTo(r.json().get("items").get(i - 1).get("matchReasons").size());
        }
    }

    private long post(String township, String industry, String type) {
        clock.advance(Duration.ofMinutes(1));
        Map<String, Object> body = job("意向排序 " + m, UNTIL);
        body.put("township", township);
        body.put("type", type);
        if (industry == null) {
            body.remove("industry");
        } else {
            body.put("industry", industry);
        }
        return kit.create(hr, body);
    }

    private void save(String token, List<String> townships, List<String> industries, List<String> types) {
        Api.Response r = api.put(SEEKER, token, profile("OTHER", townships, industries, types));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private Api.Response list(String token) {
        Api.Response r = api.get(PUBLIC + "?q=" + m, token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r;
    }

    /** The SQL order and the Java reasons agree: no job without a reason comes before one with a reason. */
    private static void agree(Api.Response r) {
        boolean seenPlain = false;
        for (JsonNode item : r.json().get("items")) {
            boolean ranked = !item.get("matchReasons").isEmpty();
            assertThat(ranked && seenPlain).as("a ranked job after an unranked one: " + r.body()).isFalse();
            seenPlain |= !ranked;
        }
    }

    private static List<String> reasons(Api.Response r, long id) {
        for (JsonNode item : r.json().get("items")) {
            if (item.get("id").asLong() == id) {
                List<String> out = new ArrayList<>();
                item.get("matchReasons").forEach(x -> out.add(x.asText()));
                return out;
            }
        }
        throw new AssertionError("job " + id + " not listed: " + r.body());
    }

    private static List<Long> ids(Api.Response r) {
        List<Long> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
