package cn.dengkou.bizservice.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The portable replacement of MariaDB's seq_1_to_N: exactly 1..n, each once, on the suite's database. */
@IntegrationTest
class SqlSequenceTest {

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(ints = {1, 9, 10, 11, 999, 1000, 2000, 20_001})
    void yieldsOneToNEachOnce(int n) {
        Map<String, Object> r = jdbc.queryForMap("SELECT COUNT(*) AS c, COUNT(DISTINCT seq) AS d, MIN(seq) AS lo, "
                + "MAX(seq) AS hi, SUM(seq) AS total FROM " + SqlSequence.upTo(n));
        assertThat(((Number) r.get("c")).longValue()).isEqualTo(n);
        assertThat(((Number) r.get("d")).longValue()).isEqualTo(n);
        assertThat(((Number) r.get("lo")).longValue()).isEqualTo(1);
        assertThat(((Number) r.get("hi")).longValue()).isEqualTo(n);
        assertThat(((Number) r.get("total")).longValue()).isEqualTo((long) n * (n + 1) / 2);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2000})
    void feedsAnInsertSelect(int n) {
        jdbc.execute("CREATE TEMPORARY TABLE IF NOT EXISTS seq_check (n INT)");
        try {
            jdbc.update("INSERT INTO seq_check SELECT seq FROM " + SqlSequence.upTo(n));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM seq_check", Long.class)).isEqualTo(n);
        } finally {
            jdbc.execute("DROP TEMPORARY TABLE seq_check");
        }
    }
}
