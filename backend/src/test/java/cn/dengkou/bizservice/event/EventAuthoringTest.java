package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.auth.SessionTokens;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.dengkou.bizservice.event.EventTestKit.ADMIN_EVENTS;
import static cn.dengkou.bizservice.event.EventTestKit.EVENTS;
import static cn.dengkou.bizservice.event.EventTestKit.at;
import static cn.dengkou.bizservice.event.EventTestKit.body;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class EventAuthoringTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SessionTokens sessions;

    EventTestKit kit;
    String association;
    LocalDateTime now;

    @BeforeEach
    void setUp() {
        kit = new EventTestKit(api, jdbc, sessions);
        association = users.staffToken(Role.ASSOCIATION);
        now = LocalDateTime.now(cn.dengkou.bizservice.common.TimeConfig.ZONE);
    }

    @Test
    void staffCreatePublishAndGuestsSeeTheEventWithSeatsLeft() {
        String title = "宣讲会" + UUID.randomUUID();
        Api.Response created = api.post(ADMIN_EVENTS, association, body(title, 30, now));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asText()).isEqualTo("DRAFT");
        long id = created.json().get("id").asLong();

        assertThat(api.get(EVENTS + "/" + id, null).status()).as("a draft is not public").isEqualTo(404);
        Api.Response published = api.post(ADMIN_EVENTS + "/" + id + "/publish", association, null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("event").get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(api.post(ADMIN_EVENTS + "/" + id + "/publish", association, null).code()).isEqualTo("EVENT_STATE_CONFLICT");

        Api.Response detail = api.get(EVENTS + "/" + id, null);
        assertThat(detail.status()).as(detail.body()).isEqualTo(200);
        JsonNode event = detail.json().get("event");
        assertThat(event.get("remaining").asInt()).isEqualTo(30);
        assertThat(event.get("registrationOpen").asBoolean()).isTrue();
        assertThat(event.get("location").get("latitude").asDouble()).isEqualTo(40.33);
        assertThat(detail.json().get("description").asText()).contains("<b>培训</b>").doesNotContain("script");
        assertThat(detail.json().get("myRegistration").isNull()).isTrue();

        Api.Response list = api.get(EVENTS + "?kind=TRAINING&township=DK&size=100", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(titles(list)).contains(title);
        assertThat(titles(api.get(EVENTS + "?kind=JOB_FAIR&size=100", null))).doesNotContain(title);
        String month = now.plusDays(2).toString().substring(0, 7);
        assertThat(titles(api.get(EVENTS + "?month=" + month + "&size=100", null))).contains(title);
        assertThat(titles(api.get(EVENTS + "?month=2001-01&size=100", null))).doesNotContain(title);
        assertThat(api.get(EVENTS + "?month=2026-13", null).code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get(EVENTS + "?county=999999", null).code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void upcomingEventsComeBeforePastOnesSoonestFirst() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> later = body("后" + tag, null, now.plusDays(5));
        Map<String, Object> sooner = body("先" + tag, null, now);
        Map<String, Object> past = body("过" + tag, null, now);
        past.put("startAt", at(now.minusDays(3)));
        past.put("endAt", at(now.minusDays(3).plusHours(2)));
        past.put("registrationDeadline", at(now.minusDays(4)));
        kit.published(association, past);
        kit.published(association, later);
        kit.published(association, sooner);
        List<String> order = titles(api.get(EVENTS + "?size=100", null)).stream().filter(t -> t.endsWith(tag)).toList();
        assertThat(order).containsExactly("先" + tag, "后" + tag, "过" + tag);
    }

    @Test
    void badInputIsRefusedFieldByField() {
        Map<String, Object> b = body("错误", 0, now);
        b.put("endAt", at(now.plusDays(1)));
        b.put("kind", "NO_SUCH_KIND");
        Api.Response r = api.post(ADMIN_EVENTS, association, b);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("capacity");
        Map<String, Object> b2 = body("错误", 10, now);
        b2.put("kind", "NO_SUCH_KIND");
        b2.put("registrationDeadline", at(now.plusDays(9)));
        Api.Response r2 = api.post(ADMIN_EVENTS, association, b2);
        assertThat(r2.status()).isEqualTo(400);
        assertThat(r2.body()).contains("kind").contains("registrationDeadline");
        Map<String, Object> b3 = body("错误", 10, now);
        b3.put("onlineLink", "javascript:alert(1)");
        assertThat(api.post(ADMIN_EVENTS, association, b3).body()).contains("onlineLink");
    }

    @Test
    void hrManagesOnlyTheBureausOwnEvents() {
        String hr = users.staffToken(Role.HR);
        long associationEvent = kit.create(association, body("协会活动", 10, now));
        Map<String, Object> fair = body("招聘会", 200, now);
        fair.put("kind", "JOB_FAIR");
        long hrEvent = kit.create(hr, fair);

        Api.Response edit = api.put(ADMIN_EVENTS + "/" + associationEvent, hr, body("改", 10, now));
        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.code()).isEqualTo("EVENT_MANAGER_FORBIDDEN");
        assertThat(api.post(ADMIN_EVENTS + "/" + associationEvent + "/publish", hr, null).status()).isEqualTo(403);
        assertThat(api.post(ADMIN_EVENTS + "/" + associationEvent + "/cancel", hr, null).status()).isEqualTo(403);

        fair.put("title", "春季招聘会");
        Api.Response own = api.put(ADMIN_EVENTS + "/" + hrEvent, hr, fair);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("event").get("title").asText()).isEqualTo("春季招聘会");
        assertThat(own.json().get("event").get("managedBy").asText()).isEqualTo("HR");
        assertThat(api.put(ADMIN_EVENTS + "/" + hrEvent, association, fair).status()).as("association manages all").isEqualTo(200);
    }

    @Test
    void ownersAndOtherStaffRolesAreRefused() {
        String owner = kit.owner("DK").token();
        assertThat(api.post(ADMIN_EVENTS, owner, body("x", 1, now)).status()).isEqualTo(403);
        assertThat(api.post(ADMIN_EVENTS, users.staffToken(Role.DEPARTMENT), body("x", 1, now)).status()).isEqualTo(403);
        assertThat(api.post(ADMIN_EVENTS, null, body("x", 1, now)).status()).isEqualTo(401);
        assertThat(api.get(ADMIN_EVENTS + "/999999999", association).code()).isEqualTo("EVENT_NOT_FOUND");
    }

    @Test
    void aCancelledEventCannotBeEditedOrCancelledAgain() {
        long id = kit.published(association, body("将取消", 10, now));
        assertThat(api.post(ADMIN_EVENTS + "/" + id + "/cancel", association, null).status()).isEqualTo(200);
        assertThat(api.post(ADMIN_EVENTS + "/" + id + "/cancel", association, null).code()).isEqualTo("EVENT_STATE_CONFLICT");
        assertThat(api.put(ADMIN_EVENTS + "/" + id, association, body("改", 10, now)).code()).isEqualTo("EVENT_STATE_CONFLICT");
        assertThat(titles(api.get(EVENTS + "?size=100", null))).doesNotContain("将取消");
    }

    static List<String> titles(Api.Response list) {
        List<String> t = new ArrayList<>();
        list.json().get("items").forEach(i -> t.add(i.get("title").asText()));
        return t;
    }
}
