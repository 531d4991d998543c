package cn.dengkou.bizservice.common;

import cn.dengkou.bizservice.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import redis.clients.jedis.JedisPooled;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances' {@link Dictionaries} on one database and Redis: each keeps its copy until the editing instance calls
 * {@link Dictionaries#changed()}; the other then reads the tables again at its next check (no check interval here).
 */
@IntegrationTest
class DictionariesAcrossInstancesTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Counties counties;
    @Autowired
    JedisPooled redis;

    @Test
    void anEditOnOneInstanceIsSeenByTheOtherAfterItsSignal() {
        Dictionaries editing = new Dictionaries(jdbc, counties, redis, Duration.ZERO);
        Dictionaries other = new Dictionaries(jdbc, counties, redis, Duration.ZERO);
        String code = "X" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        jdbc.update("INSERT INTO dictionary_item (dict_name, code, name, sort_order) VALUES ('industries', ?, '旧名', 99)", code);
        assertThat(other.nameOf(Dictionaries.INDUSTRIES, code)).isEqualTo("旧名");
        long stamp = other.stamp();

        jdbc.update("UPDATE dictionary_item SET name = '新名', enabled = 0 WHERE dict_name = 'industries' AND code = ?", code);
        assertThat(other.nameOf(Dictionaries.INDUSTRIES, code)).as("kept until a signal").isEqualTo("旧名");
        assertThat(other.contains(Dictionaries.INDUSTRIES, code)).isTrue();

        editing.changed();
        assertThat(other.nameOf(Dictionaries.INDUSTRIES, code)).as("a disabled entry keeps its label").isEqualTo("新名");
        assertThat(other.contains(Dictionaries.INDUSTRIES, code)).as("not offered").isFalse();
        assertThat(other.entries(Dictionaries.INDUSTRIES)).doesNotContainKey(code);
        assertThat(other.stamp()).isGreaterThan(stamp);
    }
}
