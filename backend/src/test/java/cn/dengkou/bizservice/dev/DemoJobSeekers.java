package cn.dengkou.bizservice.dev;

import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Demo seeker profiles and job alerts for the dev mode, in both dev counties, written once into a database that has
 * none: graduates, laid-off and other seekers among {@link DemoData}'s owners (so HR's list at
 * {@code /admin/job-seekers} shows each situation and a new job alerts them, priority groups first). Runs after
 * {@link DemoData} ({@link ApplicationReadyEvent}); the dev profile only, as {@link DemoNotices}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("dev")
class DemoJobSeekers {

    private static final Logger log = LoggerFactory.getLogger(DemoJobSeekers.class);

    /** owner code, county, situation, townships, industries, job types (JSON arrays). */
    private static final List<String[]> SEEKERS = List.of(
            new String[]{"dev-owner-1", "150822", "GRADUATE", "[\"BYGL\"]", "[]", "[\"FULL_TIME\"]"},
            new String[]{"dev-owner-2", "150822", "LAID_OFF", "[]", "[\"A\", \"C\"]", "[]"},
            new String[]{"dev-owner-3", "150822", "OTHER", "[\"DK\", \"LSH\"]", "[]", "[\"SEASONAL\"]"},
            new String[]{"dev-owner-4", "150822", "GRADUATE", "[]", "[]", "[]"},
            new String[]{"dev-hjhq-owner-1", "150826", "LAID_OFF", "[\"SHB\"]", "[]", "[]"},
            new String[]{"dev-hjhq-owner-2", "150826", "GRADUATE", "[]", "[\"F\"]", "[\"FULL_TIME\", \"PART_TIME\"]"},
            new String[]{"dev-hjhq-owner-3", "150826", "OTHER", "[\"TDQ\"]", "[]", "[\"SEASONAL\"]"});

    private final JdbcTemplate jdbc;

    DemoJobSeekers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM job_seeker", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        int written = 0;
        for (String[] s : SEEKERS) {
            List<Long> user = jdbc.queryForList("SELECT id FROM app_user WHERE openid = ?", Long.class,
                    WechatSimulator.openidFor(s[0]));
            if (user.isEmpty()) {
                continue;
            }
            jdbc.update("INSERT INTO job_seeker (user_id, county, situation, townships, industries, job_types, created_at,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", user.get(0), s[1], s[2], s[3], s[4], s[5], now, now);
            jdbc.update("INSERT INTO job_alert (user_id, county, townships, industries, job_types, origin, created_at,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, 'PROFILE', ?, ?)", user.get(0), s[1], s[3], s[4], s[5], now, now);
            written++;
        }
        log.info("dev demo job seekers written: {} profiles with job alerts in 磴口县 and 杭锦后旗", written);
    }
}
