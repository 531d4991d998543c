package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.targeting.Audience;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Demo service-month events for the dev mode in both counties, written once into a database that has none, through
 * the event services as DemoData's staff: a policy briefing, an HR job fair open to everyone and a small training with
 * a waitlist in 磴口县, a bank–business matchmaking in 杭锦后旗; some demo owners registered. {@code @Profile("dev")}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("dev")
public class DemoEvents {

    private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);

    private final JdbcTemplate jdbc;
    private final Counties counties;
    private final EventAuthoring authoring;
    private final EventPublishing publishing;
    private final Registrations registrations;
    private final Clock clock;

    DemoEvents(JdbcTemplate jdbc, Counties counties, EventAuthoring authoring, EventPublishing publishing,
               Registrations registrations, Clock clock) {
        this.jdbc = jdbc;
        this.counties = counties;
        this.authoring = authoring;
        this.publishing = publishing;
        this.registrations = registrations;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void writeOnce() {
        try {
            Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM event", Integer.class);
            if (existing != null && existing > 0) {
                return;
            }
            LocalDate day = LocalDate.now(clock);
            long briefing = publish("association", event("个体工商户服务月政策宣讲会", "POLICY_BRIEFING", day.plusDays(5), 9,
                    "巴彦高勒镇政务服务中心二楼报告厅", "BYGL", 100, Audience.everyone(), false));
            publish("hr", event("2026年冬季专场招聘会", "JOB_FAIR", day.plusDays(9), 9, "磴口县人力资源市场", "BYGL", null,
                    Audience.everyone(), true));
            long training = publish("association", event("电商直播技能培训（订单式）", "TRAINING", day.plusDays(3), 14,
                    "渡口镇便民服务中心", "DK", 3, Audience.everyone().kinds("INDIVIDUAL"), false));
            publish("hjhq-association", event("杭锦后旗银政企对接会", "FINANCE_MATCHING", day.plusDays(7), 15,
                    "陕坝镇金融服务中心", "SHB", 50, Audience.everyone(), false));
            for (int i = 1; i <= 5; i++) {
                register(training, "dev-owner-" + i);
                register(briefing, "dev-owner-" + i);
            }
            log.info("dev demo events written: 4 events in two counties, demo owners registered (a training with a waitlist)");
        } catch (RuntimeException e) {
            log.warn("dev demo events not written ({}); the dev mode runs on without them", e.toString(), e);
        }
    }

    private EventRequest event(String title, String kind, LocalDate day, int hour, String address, String township,
                               Integer capacity, Audience audience, boolean open) {
        LocalDateTime start = day.atTime(hour, 0);
        return new EventRequest(title, kind, null, "<p>" + title + "，欢迎经营者报名参加。</p>", start, start.plusHours(3),
                new EventRequest.Location(address, township, new BigDecimal("40.330000"), new BigDecimal("107.020000")),
                null, capacity, null, start.minusHours(12), audience, open);
    }

    private long publish(String username, EventRequest r) {
        AuthUser staff = staff(username);
        long id = authoring.create(r, staff).id();
        publishing.publish(id, new EventPublishing.PublishRequest(false, false), staff);
        return id;
    }

    private void register(long eventId, String ownerCode) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM app_user WHERE openid = ?", Long.class,
                WechatSimulator.openidFor(ownerCode));
        if (ids.isEmpty()) {
            return;
        }
        try {
            registrations.register(eventId, new Registrations.RegisterRequest(null,
                    "1380000000" + ownerCode.charAt(ownerCode.length() - 1)), new AuthUser(ids.get(0), Set.of(Role.OWNER), null));
        } catch (ApiException e) {
            log.info("dev demo owner {} not registered for event {}: {}", ownerCode, eventId, e.getMessage());
        }
    }

    private AuthUser staff(String username) {
        return jdbc.queryForObject("SELECT id, roles, department, county FROM app_user WHERE username = ?", (rs, n) -> {
            Set<Role> roles = Arrays.stream(rs.getString(2).split(",")).map(Role::valueOf).collect(Collectors.toSet());
            String county = rs.getString(4);
            return new AuthUser(rs.getLong(1), roles, rs.getString(3), county, counties.reach(county));
        }, username);
    }
}
