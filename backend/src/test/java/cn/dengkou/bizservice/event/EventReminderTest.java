package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.auth.SessionTokens;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import static cn.dengkou.bizservice.event.EventTestKit.ADMIN_EVENTS;
import static cn.dengkou.bizservice.event.EventTestKit.EVENTS;
import static cn.dengkou.bizservice.event.EventTestKit.at;
import static cn.dengkou.bizservice.event.EventTestKit.body;
import static org.assertj.core.api.Assertions.assertThat;

/** Reminders at 24 h and 1 h before the start, once each, with the clock moved instead of waiting. */
@IntegrationTest
class EventReminderTest {

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
    @Autowired
    EventReminders reminders;

    EventTestKit kit;
    String association;
    LocalDateTime now;

    @BeforeEach
    void setUp() {
        kit = new EventTestKit(api, jdbc, sessions);
        association = users.staffToken(Role.ASSOCIATION);
        now = LocalDateTime.now(clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void confirmedRegistrantsAreRemindedOncePerLeadTime() {
        Map<String, Object> b = body("提醒我", 1, now);
        b.put("startAt", at(now.plusHours(30)));
        b.put("endAt", at(now.plusHours(32)));
        b.put("registrationDeadline", at(now.plusHours(29)));
        long id = kit.published(association, b);
        EventTestKit.Owner confirmed = kit.owner("DK");
        EventTestKit.Owner waitlisted = kit.owner("DK");
        EventTestKit.Owner cancelled = kit.owner("DK");
        kit.register(id, confirmed.token());
        kit.register(id, waitlisted.token());
        kit.register(id, cancelled.token());
        api.delete(EVENTS + "/" + id + "/registrations/me", cancelled.token());

        reminders.sendDue();
        assertThat(reminded(confirmed, id)).as("30 h before: not yet").isZero();

        clock.advance(Duration.ofHours(6).plusMinutes(1));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(reminded(confirmed, id)).isEqualTo(1);
        assertThat(reminded(waitlisted, id)).isZero();
        assertThat(reminded(cancelled, id)).isZero();

        clock.advance(Duration.ofHours(23));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(reminded(confirmed, id)).as("the 24 h and the 1 h reminder").isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT lead_minutes FROM event_reminder WHERE event_id = ? AND push_task_id IS NOT NULL",
                Long.class, id)).containsExactlyInAnyOrder(60L, 1440L);

        clock.advance(Duration.ofHours(2));
        reminders.sendDue();
        assertThat(reminded(confirmed, id)).as("nothing after the start").isEqualTo(2);
    }

    @Test
    void aCancelledEventIsNotRemindedAndItsRegistrantsAreTold() {
        Map<String, Object> b = body("取消提醒", 5, now);
        b.put("startAt", at(now.plusHours(30)));
        b.put("endAt", at(now.plusHours(32)));
        b.put("registrationDeadline", at(now.plusHours(29)));
        long id = kit.published(association, b);
        EventTestKit.Owner owner = kit.owner("DK");
        kit.register(id, owner.token());
        assertThat(api.post(ADMIN_EVENTS + "/" + id + "/cancel", association, null).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me/messages", owner.token()).body()).contains("活动已取消");
        clock.advance(Duration.ofHours(7));
        reminders.sendDue();
        assertThat(reminded(owner, id)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_reminder WHERE event_id = ?", Integer.class, id)).isZero();
    }

    private int reminded(EventTestKit.Owner o, long eventId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE user_id = ? AND ref_type = 'EVENT' AND ref_id = ? "
                + "AND title = '活动即将开始'", Integer.class, o.userId(), eventId);
    }
}
