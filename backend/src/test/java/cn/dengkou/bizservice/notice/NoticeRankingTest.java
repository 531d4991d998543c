package cn.dengkou.bizservice.notice;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.dengkou.bizservice.notice.NoticeTestKit.notice;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Fits your business": for owners with a VERIFIED business the fitting notices come first (newest
 * first) with their reasons, then the rest; pending businesses, unbound owners and guests get newest first.
 * The clock is set years ahead so that this test's notices are the newest of the shared database.
 */
@IntegrationTest
class NoticeRankingTest {

    private static final String LIST = "/api/v1/notices";
    private static final LocalDate TODAY = LocalDate.of(2031, 3, 1);
    private static final java.util.concurrent.atomic.AtomicInteger RUNS = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    NoticeTestKit kit;
    String staff;
    /** A word only this test's notices contain: {@code q} narrows the list to them. */
    String marker;
    /** name → id, in publishing order (oldest first). */
    Map<String, Long> notices;

    @BeforeEach
    void setUp() {
        kit = new NoticeTestKit(api, jdbc);
        staff = users.staffToken(Role.ASSOCIATION);
        // each test publishes later than the previous one, so its notices are the newest
        clock.setInstant(OffsetDateTime.parse(TODAY + "T09:00:00+08:00").toInstant()
                .plus(Duration.ofMinutes(10L * RUNS.incrementAndGet())));
        marker = "rk" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        notices = new LinkedHashMap<>();
        publish("individual", Map.of("kinds", List.of("INDIVIDUAL")));
        publish("enterprise", Map.of("kinds", List.of("ENTERPRISE")));
        publish("lshRetail", Map.of("townships", List.of("LSH"), "industries", List.of("F")));
        publish("indToEntPool", Map.of("tags", List.of("IND_TO_ENT_POOL")));
        publish("generalTaxpayer", Map.of("taxpayerTypes", List.of("GENERAL")));
        Map<String, Object> aYear = new HashMap<>();
        aYear.put("registeredTo", TODAY.minusYears(1).toString());
        publish("registeredAYear", aYear);
        publish("everyone", Map.of());
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    private void publish(String name, Map<String, Object> audience) {
        clock.advance(Duration.ofMinutes(1));
        notices.put(name, kit.published(staff, notice("排序" + name + " " + marker, List.of("TAX"), audience)));
    }

    @Test
    void individualRetailerInLongshengheSeesItsNoticesFirstWithReasons() {
        String owner = users.newOwnerToken();
        kit.bind(owner, "INDIVIDUAL", "F", "LSH", LocalDate.of(2020, 5, 1), "SMALL_SCALE", "VERIFIED", "IND_TO_ENT_POOL");

        List<JsonNode> items = items(LIST + "?size=100&q=" + marker, owner);
        assertThat(names(items)).containsExactly("everyone", "registeredAYear", "indToEntPool", "lshRetail",
                "individual", "generalTaxpayer", "enterprise");
        assertThat(reasons(items)).containsExactly(
                List.of("面向全体经营主体"),
                List.of("适用于注册登记一年以上的经营主体"),
                List.of("您在个转企培育库中"),
                List.of("适用于隆盛合镇", "适用于批发和零售业"),
                List.of("适用于个体工商户"),
                List.of(), List.of());
    }

    @Test
    void newGeneralTaxpayerEnterpriseGetsADifferentOrder() {
        String owner = users.newOwnerToken();
        kit.bind(owner, "ENTERPRISE", "C", "BYGL", TODAY.minusMonths(3), "GENERAL", "VERIFIED");

        List<JsonNode> items = items(LIST + "?size=100&q=" + marker, owner);
        assertThat(names(items)).containsExactly("everyone", "generalTaxpayer", "enterprise",
                "registeredAYear", "indToEntPool", "lshRetail", "individual");
        assertThat(reasons(items).subList(0, 3)).containsExactly(
                List.of("面向全体经营主体"), List.of("适用于一般纳税人"), List.of("适用于小微企业"));
        assertThat(reasons(items).subList(3, 7)).allMatch(List::isEmpty);

        JsonNode top = api.get(LIST + "/recommended?size=3", owner).json().get("items");
        List<Long> ids = new ArrayList<>();
        top.forEach(i -> ids.add(i.get("id").asLong()));
        assertThat(ids).containsExactly(notices.get("everyone"), notices.get("generalTaxpayer"), notices.get("enterprise"));
    }

    @Test
    void individualInAnotherTownWithoutDetailsMatchesOnlyKindAndEveryone() {
        String owner = users.newOwnerToken();
        kit.bind(owner, "INDIVIDUAL", "H", "DK", null, null, "VERIFIED");

        List<JsonNode> items = items(LIST + "?size=100&q=" + marker, owner);
        assertThat(names(items)).containsExactly("everyone", "individual",
                "registeredAYear", "generalTaxpayer", "indToEntPool", "lshRetail", "enterprise");
        assertThat(reasons(items).subList(0, 2)).containsExactly(List.of("面向全体经营主体"), List.of("适用于个体工商户"));

        // recommended: only fitting notices, newest first (this test's are the newest of all)
        JsonNode top = api.get(LIST + "/recommended?size=20", owner).json().get("items");
        assertThat(top.get(0).get("id").asLong()).isEqualTo(notices.get("everyone"));
        assertThat(top.get(1).get("id").asLong()).isEqualTo(notices.get("individual"));
        top.forEach(i -> assertThat(i.get("matchReasons").size()).isPositive());
    }

    @Test
    void pendingBusinessesUnboundOwnersAndGuestsGetNewestFirstWithoutReasons() {
        String pending = users.newOwnerToken();
        kit.bind(pending, "INDIVIDUAL", "F", "LSH", LocalDate.of(2020, 5, 1), "GENERAL", "PENDING", "IND_TO_ENT_POOL");
        List<String> newestFirst = new ArrayList<>(notices.keySet());
        java.util.Collections.reverse(newestFirst);
        for (String token : new String[] {pending, users.newOwnerToken(), null, staff}) {
            List<JsonNode> items = items(LIST + "?size=100&q=" + marker, token);
            assertThat(names(items)).containsExactlyElementsOf(newestFirst);
            assertThat(reasons(items)).allMatch(List::isEmpty);
            assertThat(api.get(LIST + "/recommended", token).json().get("items").size()).isZero();
        }
    }

    @Test
    void fittingNoticesLeadTheWholeListAndPagesFollowTheRanking() {
        String owner = users.newOwnerToken();
        kit.bind(owner, "ENTERPRISE", "C", "BYGL", TODAY.minusMonths(3), "GENERAL", "VERIFIED");
        List<JsonNode> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode body = api.get(LIST + "?size=100&page=" + page, owner).json();
            body.get("items").forEach(all::add);
            if (body.get("items").size() < 100) {
                assertThat(body.get("total").asInt()).isEqualTo(all.size());
                break;
            }
        }
        List<Boolean> fits = all.stream().map(i -> i.get("matchReasons").size() > 0).toList();
        assertThat(fits.indexOf(false)).as("no fitting notice after the first non-fitting one")
                .isEqualTo(fits.lastIndexOf(true) + 1);
        List<Long> page2 = new ArrayList<>();
        api.get(LIST + "?size=2&page=2", owner).json().get("items").forEach(i -> page2.add(i.get("id").asLong()));
        assertThat(page2).containsExactly(all.get(2).get("id").asLong(), all.get(3).get("id").asLong());
    }

    @Test
    void theDetailGivesTheSameReasonsAsTheList() {
        String fitting = users.newOwnerToken();
        kit.bind(fitting, "INDIVIDUAL", "F", "LSH", LocalDate.of(2020, 5, 1), "SMALL_SCALE", "VERIFIED", "IND_TO_ENT_POOL");
        String pending = users.newOwnerToken();
        kit.bind(pending, "INDIVIDUAL", "F", "LSH", LocalDate.of(2020, 5, 1), "GENERAL", "PENDING", "IND_TO_ENT_POOL");
        for (String token : new String[] {fitting, pending, users.newOwnerToken(), null, staff}) {
            for (JsonNode item : items(LIST + "?size=100&q=" + marker, token)) {
                Api.Response detail = api.get(LIST + "/" + item.get("id").asLong(), token);
                assertThat(detail.status()).as(detail.body()).isEqualTo(200);
                assertThat(detail.json().get("matchReasons")).as(item.get("title").asText()).isEqualTo(item.get("matchReasons"));
            }
        }
        assertThat(detailReasons("lshRetail", fitting)).containsExactly("适用于隆盛合镇", "适用于批发和零售业");
        assertThat(detailReasons("everyone", fitting)).containsExactly("面向全体经营主体");
        assertThat(detailReasons("enterprise", fitting)).isEmpty();
        assertThat(detailReasons("everyone", pending)).isEmpty();
        assertThat(detailReasons("everyone", null)).isEmpty();
    }

    private List<String> detailReasons(String notice, String token) {
        List<String> r = new ArrayList<>();
        api.get(LIST + "/" + notices.get(notice), token).json().get("matchReasons").forEach(x -> r.add(x.asText()));
        return r;
    }

    @Test
    void badParametersAreProblems() {
        assertThat(api.get(LIST + "/recommended?size=0", null).code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get(LIST + "/recommended?size=21", null).status()).isEqualTo(400);
        Api.Response badCategory = api.get(LIST + "?category=NOPE", null);
        assertThat(badCategory.status()).isEqualTo(400);
        assertThat(badCategory.contentType()).startsWith("application/problem+json");
        assertThat(badCategory.json().get("errors").get(0).get("field").asText()).isEqualTo("category");
        assertThat(api.get(LIST + "?department=NOPE", null).code()).isEqualTo("VALIDATION_FAILED");
    }

    private List<JsonNode> items(String path, String token) {
        Api.Response r = api.get(path, token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        r.json().get("items").forEach(items::add);
        return items;
    }

    private List<String> names(List<JsonNode> items) {
        Map<Long, String> byId = new HashMap<>();
        notices.forEach((k, v) -> byId.put(v, k));
        return items.stream().map(i -> byId.getOrDefault(i.get("id").asLong(), "other:" + i.get("id"))).toList();
    }

    private static List<List<String>> reasons(List<JsonNode> items) {
        return items.stream().map(i -> {
            List<String> r = new ArrayList<>();
            i.get("matchReasons").forEach(x -> r.add(x.asText()));
            return r;
        }).toList();
    }
}
