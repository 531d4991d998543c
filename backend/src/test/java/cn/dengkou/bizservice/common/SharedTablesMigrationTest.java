package cn.dengkou.bizservice.common;

import cn.dengkou.bizservice.support.LocalServers;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** V6 on a database that has notice terms and audit rows: they move into search_term and audit_entry. */
class SharedTablesMigrationTest {

    private static final String SCHEMA = "bizservice_v6_migration";

    private final Map<String, String> props = LocalServers.forTests().springProperties();
    private final JdbcTemplate server = new JdbcTemplate(source(props.get("spring.datasource.url")));

    private DriverManagerDataSource source(String url) {
        return new DriverManagerDataSource(url, props.get("spring.datasource.username"),
                props.get("spring.datasource.password"));
    }

    private Flyway flyway(DriverManagerDataSource db, String target) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration").target(target).load();
    }

    @AfterEach
    void dropSchema() {
        server.execute("DROP DATABASE IF EXISTS " + SCHEMA);
    }

    @Test
    void noticeTermsAndAuditRowsMoveKeepingTheirIds() {
        server.execute("DROP DATABASE IF EXISTS " + SCHEMA);
        server.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        DriverManagerDataSource db = source(props.get("spring.datasource.url")
                .replaceFirst("^(jdbc:[a-z]+://[^/]+/)[^?]*", "$1" + SCHEMA));
        JdbcTemplate jdbc = new JdbcTemplate(db);
        flyway(db, "5").migrate();
        jdbc.update("INSERT INTO notice_term (term, notice_id) VALUES ('担保', 11), ('保贷', 11), ('担保', 12), ('rcep', 12)");
        jdbc.update("INSERT INTO notice_audit (id, notice_id, actor_id, action, changes, created_at) VALUES"
                + " (40, 11, 3, 'CREATE', NULL, '2026-11-30 09:00:00.000'),"
                + " (41, 11, 4, 'UPDATE', '{\"title\": {\"from\": \"旧\", \"to\": \"新\"}}', '2026-11-30 10:00:00.000'),"
                + " (42, 11, NULL, 'RELEASE', NULL, '2026-11-30 11:00:00.000')");

        flyway(db, "6").migrate();

        assertThat(jdbc.queryForList("SELECT CONCAT(kind, ':', term, ':', subject_id) FROM search_term"
                + " ORDER BY subject_id, term", String.class))
                .containsExactly("notice:保贷:11", "notice:担保:11", "notice:rcep:12", "notice:担保:12");
        List<Map<String, Object>> audit = jdbc.queryForList("SELECT * FROM audit_entry ORDER BY id");
        assertThat(audit).extracting(r -> ((Number) r.get("id")).longValue()).containsExactly(40L, 41L, 42L);
        assertThat(audit).extracting(r -> r.get("subject_kind")).containsOnly("notice");
        assertThat(audit).extracting(r -> ((Number) r.get("subject_id")).longValue()).containsOnly(11L);
        assertThat(audit).extracting(r -> r.get("action")).containsExactly("CREATE", "UPDATE", "RELEASE");
        assertThat(audit.get(2).get("actor_id")).isNull();
        assertThat(String.valueOf(audit.get(1).get("detail"))).contains("\"from\"").contains("旧");
        assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name IN ('notice_term', 'notice_audit')", String.class)).isEmpty();

        jdbc.update("INSERT INTO audit_entry (subject_kind, subject_id, action, created_at)"
                + " VALUES ('business', 1, 'VERIFY', '2026-12-01 09:00:00.000')");
        assertThat(jdbc.queryForObject("SELECT MAX(id) FROM audit_entry", Long.class))
                .as("new entries come after the moved ones").isGreaterThan(42L);
    }
}
