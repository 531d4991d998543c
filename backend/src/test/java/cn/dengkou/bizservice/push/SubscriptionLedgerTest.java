package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SubscriptionLedgerTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SubscriptionQuotaMapper quotas;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void templatesArePublicAndListEveryScene() {
        Api.Response r = api.get("/api/v1/subscription-templates", null);
        assertThat(r.status()).isEqualTo(200);
        Map<String, String> byScene = new java.util.HashMap<>();
        r.json().forEach(t -> byScene.put(t.get("scene").asText(), t.get("templateId").asText()));
        assertThat(byScene).containsEntry("notice", "tpl-notice").containsEntry("job", "tpl-job")
                .containsEntry("event", "tpl-event").containsEntry("feedback", "tpl-feedback");
    }

    @Test
    void acceptAddsOneSendRejectKeepsBanZeroes() {
        String owner = users.newOwnerToken();
        assertThat(record(owner, Map.of("tpl-notice", "accept", "tpl-job", "reject")).get("tpl-notice").asInt()).isEqualTo(1);
        JsonNode q = record(owner, Map.of("tpl-notice", "accept", "tpl-event", "filter"));
        assertThat(q.get("tpl-notice").asInt()).isEqualTo(2);
        assertThat(q.get("tpl-job").asInt()).isZero();
        assertThat(q.get("tpl-event").asInt()).isZero();
        assertThat(q.get("tpl-feedback").asInt()).isZero();
        assertThat(record(owner, Map.of("tpl-notice", "reject")).get("tpl-notice").asInt()).isEqualTo(2);
        assertThat(record(owner, Map.of("tpl-notice", "ban")).get("tpl-notice").asInt()).isZero();
        assertThat(api.get("/api/v1/me/subscriptions", owner).json().path("quota").get("tpl-notice").asInt()).isZero();

        long id = api.get("/api/v1/me", owner).json().get("id").asLong();
        assertThat(jdbc.queryForObject("SELECT last_result FROM subscription_quota WHERE user_id = ? AND template_id = 'tpl-job'",
                String.class, id)).isEqualTo("reject");
    }

    @Test
    void unknownTemplatesAndResultsAreRefused() {
        String owner = users.newOwnerToken();
        Api.Response unknown = api.post("/api/v1/me/subscriptions", owner, Map.of("results", Map.of("tpl-nope", "accept")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("VALIDATION_FAILED");
        Api.Response badResult = api.post("/api/v1/me/subscriptions", owner, Map.of("results", Map.of("tpl-notice", "maybe")));
        assertThat(badResult.status()).isEqualTo(400);
        long id = api.get("/api/v1/me", owner).json().get("id").asLong();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM subscription_quota WHERE user_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void onlyOwnersRecordSubscriptions() {
        Map<String, Object> body = Map.of("results", Map.of("tpl-notice", "accept"));
        assertThat(api.post("/api/v1/me/subscriptions", null, body).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/me/subscriptions", users.staffToken(Role.HR), body).status()).isEqualTo(403);
    }

    @Test
    void concurrentAcceptsAllCountAndConcurrentSpendsNeverGoBelowZero() throws Exception {
        String owner = users.newOwnerToken();
        long id = api.get("/api/v1/me", owner).json().get("id").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Api.Response>> accepts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                accepts.add(pool.submit(() -> api.post("/api/v1/me/subscriptions", owner,
                        Map.of("results", Map.of("tpl-notice", "accept")))));
            }
            for (Future<Api.Response> f : accepts) {
                assertThat(f.get().status()).isEqualTo(200);
            }
            assertThat(quota(id)).isEqualTo(6);

            List<Future<Integer>> spends = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Callable<Integer> spend = () -> tx.execute(s -> quotas.spend("tpl-notice", Set.of(id), LocalDateTime.now()));
                spends.add(pool.submit(spend));
            }
            int spent = 0;
            for (Future<Integer> f : spends) {
                spent += f.get();
            }
            assertThat(spent).isEqualTo(6);
            assertThat(quota(id)).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    private int quota(long userId) {
        return jdbc.queryForObject("SELECT quota FROM subscription_quota WHERE user_id = ? AND template_id = 'tpl-notice'",
                Integer.class, userId);
    }

    private JsonNode record(String token, Map<String, String> results) {
        Api.Response r = api.post("/api/v1/me/subscriptions", token, Map.of("results", results));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("quota");
    }
}
