package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduled pull against a local HTTP server this test starts: good JSON, bad JSON, a timeout, the size cap. */
@IntegrationTest
class JobPullTest {

    @Autowired
    JobPull pull;
    @Autowired
    JobPullProperties props;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    HttpServer server;
    String source;
    /** Holds the slow handler until the test is done with it (no sleeping: the client gives up by its own deadline). */
    final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void setUp() throws IOException {
        source = "pull" + JobTestKit.marker();
        clock.setInstant(OffsetDateTime.parse("2026-12-02T10:00:00+08:00").toInstant());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/good", x -> answer(x, jobs("P1", "P2")));
        server.createContext("/bad", x -> answer(x, "[{\"externalId\":\"B1\",\"title\":"));
        server.createContext("/html", x -> answer(x, "<html>维护中</html>"));
        server.createContext("/slow", x -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(x, jobs("S1"));
        });
        server.createContext("/error", x -> {
            x.sendResponseHeaders(503, -1);
            x.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        server.stop(0);
        clock.reset();
    }

    @Test
    void pullIsOffByDefault() {
        assertThat(props.enabled()).isFalse();
    }

    @Test
    void goodJsonIsImportedAndAPullAgainUpdates() {
        JobPull.Outcome out = pull.pull(target("/good", 1_000_000));
        assertThat(out.failure()).isNull();
        assertThat(out.report().created()).isEqualTo(2);
        assertThat(jobs()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT origin FROM job_import_run WHERE id = ?", String.class, out.report().runId()))
                .isEqualTo("PULL");
        out = pull.pull(target("/good", 1_000_000));
        assertThat(out.report().updated()).isEqualTo(2);
        assertThat(jobs()).isEqualTo(2);
    }

    @Test
    void badJsonTimeoutsErrorsAndOversizedAnswersImportNothing() {
        JobPull.Outcome bad = pull.pull(target("/bad", 1_000_000));
        assertThat(bad.report()).isNull();
        assertThat(bad.failure()).contains("JSON");
        assertThat(pull.pull(target("/html", 1_000_000)).failure()).contains("not a JSON array");

        long started = System.nanoTime();
        JobPull.Outcome slow = pull.pull(new JobPull.Target(URI.create(base() + "/slow"), source, "150822", false,
                Duration.ofMillis(500), 1_000_000));
        assertThat(slow.failure()).contains("within 500 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));

        assertThat(pull.pull(target("/error", 1_000_000)).failure()).isEqualTo("HTTP 503");
        assertThat(pull.pull(target("/good", 100)).failure()).contains("over the cap");
        assertThat(jobs()).isZero();
    }

    private JobPull.Target target(String path, long maxBytes) {
        return new JobPull.Target(URI.create(base() + path), source, "150822", false, Duration.ofSeconds(5), maxBytes);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private int jobs() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM job WHERE source = ?", Integer.class, source);
    }

    private static String jobs(String... ids) {
        StringBuilder b = new StringBuilder("[");
        for (String id : ids) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append("{\"externalId\":\"").append(id).append("\",\"title\":\"拉取岗位").append(id)
                    .append("\",\"employer\":\"就业平台单位\",\"type\":\"FULL_TIME\",\"headcount\":2,\"salaryMin\":3000,")
                    .append("\"contactPhone\":\"13812345678\",\"validUntil\":\"2026-12-31\"}");
        }
        return b.append(']').toString();
    }

    private static void answer(com.sun.net.httpserver.HttpExchange x, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        x.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }
}
