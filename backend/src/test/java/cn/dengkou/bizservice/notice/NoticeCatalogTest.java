package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import redis.clients.jedis.JedisPooled;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory catalog follows another instance's change once the Redis version moves, not before. */
@IntegrationTest
class NoticeCatalogTest {

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JedisPooled redis;

    @Test
    void anotherInstancesPublishShowsAfterTheVersionBump() throws Exception {
        List<Long> before = ids();
        LocalDateTime now = LocalDateTime.now().minusMinutes(1);
        // what another instance's publish leaves in the shared database, without touching this instance
        jdbc.update("INSERT INTO notice (title, summary, body, body_text, category, audience, status, created_by, "
                + "published_at, created_at, updated_at) VALUES ('别的实例发布', NULL, '<p>x</p>', 'x', 'POLICY', "
                + "'{}', 'PUBLISHED', 1, ?, ?, ?)", now, now, now);
        long id = jdbc.queryForObject("SELECT MAX(id) FROM notice", Long.class);
        Thread.sleep(600); // past the 250 ms check interval: the version is compared, and has not moved
        assertThat(ids()).as("no reload without a version change").doesNotContain(id).containsAll(before);

        redis.incr(NoticeCatalog.VERSION_KEY);
        List<Long> after = List.of();
        for (int i = 0; i < 30 && !after.contains(id); i++) {
            Thread.sleep(100);
            after = ids();
        }
        assertThat(after).contains(id);
        jdbc.update("UPDATE notice SET status = 'WITHDRAWN' WHERE id = ?", id);
        redis.incr(NoticeCatalog.VERSION_KEY);
        for (int i = 0; i < 30 && after.contains(id); i++) {
            Thread.sleep(100);
            after = ids();
        }
        assertThat(after).doesNotContain(id);
    }

    private List<Long> ids() {
        Api.Response r = api.get("/api/v1/notices?size=100", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
