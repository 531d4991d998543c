package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.Application;
import cn.dengkou.bizservice.auth.SessionTokens;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestServersInitializer;
import cn.dengkou.bizservice.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static cn.dengkou.bizservice.event.EventTestKit.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capacity is never exceeded: 1,000 distinct owners register for 100 seats at the same moment, through one instance
 * and through two instances of the real app on one database (the second started here with its own server and pool);
 * reminders of both instances are created once.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationConcurrencyTest {

    static final int OWNERS = 1_000;
    static final int SEATS = 100;

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SessionTokens sessions;
    @Autowired
    EventReminders reminders;

    ConfigurableApplicationContext second;
    EventTestKit kit;
    String association;

    @BeforeAll
    void startSecondInstance() {
        second = new SpringApplicationBuilder(Application.class)
                .initializers(new TestServersInitializer())
                .registerShutdownHook(false)
                .run("--server.port=0", "--app.push.dispatcher.enabled=false", "--app.event.reminders.enabled=false",
                        "--app.notice.release-poll-millis=3600000");
    }

    @AfterAll
    void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @BeforeEach
    void setUp() {
        kit = new EventTestKit(api, jdbc, sessions);
        association = users.staffToken(Role.ASSOCIATION);
    }

    @Test
    void thousandOwnersForAHundredSeatsOnOneInstance() throws Exception {
        rush(List.of(api.baseUrl()));
    }

    @Test
    void thousandOwnersForAHundredSeatsAcrossTwoInstances() throws Exception {
        rush(List.of(api.baseUrl(), "http://127.0.0.1:" + second.getEnvironment().getProperty("local.server.port")));
    }

    @Test
    void twoInstancesCreateEachReminderOnce() throws Exception {
        LocalDateTime now = LocalDateTime.now(cn.dengkou.bizservice.common.TimeConfig.ZONE);
        Map<String, Object> b = body("提醒", 10, now);
        b.put("startAt", EventTestKit.at(now.plusMinutes(50)));
        b.put("endAt", EventTestKit.at(now.plusHours(2)));
        b.put("registrationDeadline", EventTestKit.at(now.plusMinutes(40)));
        long id = kit.published(association, b);
        List<EventTestKit.Owner> owners = List.of(kit.owner("DK"), kit.owner("DK"), kit.owner("DK"));
        owners.forEach(o -> kit.register(id, o.token()));
        EventReminders other = second.getBean(EventReminders.class);
        var one = CompletableFuture.supplyAsync(reminders::sendDue);
        var two = CompletableFuture.supplyAsync(other::sendDue);
        one.get();
        two.get();
        reminders.sendDue(); // and once more after both, as after a restart
        assertThat(jdbc.queryForList("SELECT lead_minutes FROM event_reminder WHERE event_id = ?", Long.class, id))
                .as("the 1 h reminder created, the overtaken 24 h one only claimed").containsExactlyInAnyOrder(60L, 1440L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_reminder WHERE event_id = ? AND push_task_id IS NOT NULL",
                Integer.class, id)).isEqualTo(1);
        for (EventTestKit.Owner o : owners) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE user_id = ? AND ref_type = 'EVENT' "
                    + "AND ref_id = ? AND title = '活动即将开始'", Integer.class, o.userId(), id)).isEqualTo(1);
        }
    }

    private void rush(List<String> instances) throws Exception {
        long id = kit.published(association, body("千人抢百座", SEATS, LocalDateTime.now(cn.dengkou.bizservice.common.TimeConfig.ZONE)));
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < OWNERS; i++) {
            tokens.add(kit.owner("DK").token());
        }
        RegistrationRush.Result r = RegistrationRush.run(instances, id, tokens, true);
        assertThat(r.httpStatuses()).as("%s", r.outcomes()).isEqualTo(Map.of(201, (long) OWNERS));
        assertThat(r.count("CONFIRMED")).isEqualTo(SEATS);
        assertThat(r.count("WAITLISTED")).isEqualTo(OWNERS - SEATS);
        assertThat(jdbc.queryForObject("SELECT confirmed FROM event WHERE id = ?", Integer.class, id)).isEqualTo(SEATS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_registration WHERE event_id = ? AND status = 'CONFIRMED'",
                Integer.class, id)).isEqualTo(SEATS);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT user_id) FROM event_registration WHERE event_id = ?",
                Integer.class, id)).isEqualTo(OWNERS);
        System.out.printf("registration rush over %d instance(s): %.0f registrations/s, p50 %.1f ms, p99 %.1f ms%n",
                instances.size(), r.perSecond(), r.percentileMillis(50), r.percentileMillis(99));
    }
}
