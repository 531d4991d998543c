package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.auth.SessionTokens;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.Map;

import static cn.dengkou.bizservice.event.EventTestKit.ADMIN_EVENTS;
import static cn.dengkou.bizservice.event.EventTestKit.EVENTS;
import static cn.dengkou.bizservice.event.EventTestKit.body;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CheckInTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SessionTokens sessions;
    @Autowired
    MutableClock clock;

    EventTestKit kit;
    String association;
    LocalDateTime now;

    @BeforeEach
    void setUp() {
        kit = new EventTestKit(api, jdbc, sessions);
        association = users.staffToken(Role.ASSOCIATION);
        now = LocalDateTime.now(clock);
    }

    @Test
    void aSignedCodeChecksInOnceAndShowsWhoCame() {
        long id = kit.published(association, body("签到", 10, now));
        long other = kit.published(association, body("另一场", 10, now));
        EventTestKit.Owner owner = kit.owner("DK");
        String code = kit.register(id, owner.token()).json().get("checkInCode").asText();
        String otherCode = kit.register(other, kit.owner("DK").token()).json().get("checkInCode").asText();

        Api.Response in = checkIn(id, association, code.toLowerCase());
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        assertThat(in.json().get("name").asText()).isEqualTo("王五");
        assertThat(in.json().get("businessName").asText()).startsWith("活动测试商户");
        assertThat(in.json().get("checkedInAt").isNull()).isFalse();
        assertThat(api.get(EVENTS + "/" + id, owner.token()).json().get("myRegistration").get("checkedInAt").isNull()).isFalse();

        Api.Response reused = checkIn(id, association, code);
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.code()).isEqualTo("ALREADY_CHECKED_IN");

        char last = code.charAt(code.length() - 1);
        String forged = code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(checkIn(id, association, forged).code()).isEqualTo("CHECK_IN_CODE_INVALID");
        assertThat(checkIn(id, association, "not-a-code").code()).isEqualTo("CHECK_IN_CODE_INVALID");
        String otherId = otherCode.substring(0, otherCode.indexOf('-'));
        assertThat(checkIn(id, association, otherId + code.substring(code.indexOf('-'))).code())
                .as("another registration's id under this code's signature").isEqualTo("CHECK_IN_CODE_INVALID");
        Api.Response wrongEvent = checkIn(id, association, otherCode);
        assertThat(wrongEvent.status()).isEqualTo(400);
        assertThat(wrongEvent.code()).isEqualTo("CHECK_IN_CODE_WRONG_EVENT");
        assertThat(checkIn(other, association, otherCode).status()).isEqualTo(200);
    }

    @Test
    void ownersAndStaffOfAnotherOrganiserCannotCheckIn() {
        long id = kit.published(association, body("权限", 10, now));
        EventTestKit.Owner owner = kit.owner("DK");
        String code = kit.register(id, owner.token()).json().get("checkInCode").asText();
        assertThat(checkIn(id, owner.token(), code).status()).isEqualTo(403);
        Api.Response hr = checkIn(id, users.staffToken(Role.HR), code);
        assertThat(hr.status()).isEqualTo(403);
        assertThat(hr.code()).isEqualTo("EVENT_MANAGER_FORBIDDEN");
        assertThat(checkIn(id, null, code).status()).isEqualTo(401);
        assertThat(api.post(ADMIN_EVENTS + "/" + id + "/check-ins", association, Map.of()).code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void staffFindPeopleByPhoneAndRecordWalkIns() {
        Map<String, Object> b = body("现场", 1, now);
        b.put("openToUnbound", true);
        long id = kit.published(association, b);
        EventTestKit.Owner first = kit.owner("DK");
        api.post(EVENTS + "/" + id + "/registrations", first.token(), Map.of("phone", "13800005678"));
        EventTestKit.Owner waiting = kit.unboundOwner();
        api.post(EVENTS + "/" + id + "/registrations", waiting.token(), Map.of("name", "赵六", "phone", "13900005678"));

        Api.Response found = api.get(ADMIN_EVENTS + "/" + id + "/registrations?phone=5678", association);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json()).hasSize(2);
        assertThat(found.body()).contains("138****5678").doesNotContain("13800005678");
        long confirmedId = found.json().get(0).get("registrationId").asLong();
        long waitlistedId = found.json().get(1).get("registrationId").asLong();
        assertThat(found.json().get(1).get("status").asText()).isEqualTo("WAITLISTED");

        Api.Response picked = api.post(ADMIN_EVENTS + "/" + id + "/check-ins", association, Map.of("registrationId", confirmedId));
        assertThat(picked.status()).as(picked.body()).isEqualTo(200);
        assertThat(api.post(ADMIN_EVENTS + "/" + id + "/check-ins", association, Map.of("registrationId", waitlistedId)).code())
                .isEqualTo("CHECK_IN_CODE_INVALID");
        assertThat(api.get(ADMIN_EVENTS + "/" + id + "/registrations?phone=56", association).code()).isEqualTo("VALIDATION_FAILED");

        Api.Response walkIn = api.post(ADMIN_EVENTS + "/" + id + "/walk-ins", association,
                Map.of("name", "钱七", "phone", "13700001111", "businessName", "钱记小吃"));
        assertThat(walkIn.status()).as(walkIn.body()).isEqualTo(201);
        assertThat(walkIn.json().get("walkIn").asBoolean()).isTrue();
        assertThat(walkIn.json().get("phone").asText()).isEqualTo("137****1111");
        assertThat(api.post(ADMIN_EVENTS + "/" + id + "/walk-ins", association, Map.of("name", "")).status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT confirmed FROM event WHERE id = ?", Integer.class, id))
                .as("a walk-in takes no registered seat").isEqualTo(1);
    }

    private Api.Response checkIn(long eventId, String token, String code) {
        return api.post(ADMIN_EVENTS + "/" + eventId + "/check-ins", token, Map.of("checkInCode", code));
    }
}
