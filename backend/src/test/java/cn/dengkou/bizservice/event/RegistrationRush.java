package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.support.ApiContract;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many owners registering for one event at the same moment: one real thread and one request per token, all released
 * together, spread round-robin over the given instances. Used by the concurrency test and the benchmark.
 */
final class RegistrationRush {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** HTTP statuses and registration statuses with their counts; latencies in nanoseconds, sorted. */
    record Result(Map<Integer, Long> httpStatuses, Map<String, Long> outcomes, long[] latencies, long wallNanos) {

        long count(String outcome) {
            return outcomes.getOrDefault(outcome, 0L);
        }

        double perSecond() {
            return latencies.length / (wallNanos / 1e9);
        }

        double percentileMillis(double p) {
            int i = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, i))] / 1e6;
        }
    }

    private RegistrationRush() {
    }

    /** {@code validate}: check each answer against openapi.json (the tests do; the benchmark measures without). */
    static Result run(List<String> baseUrls, long eventId, List<String> tokens, boolean validate) throws InterruptedException {
        String path = "/api/v1/events/" + eventId + "/registrations";
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            requests.add(HttpRequest.newBuilder(URI.create(baseUrls.get(i % baseUrls.size()) + path))
                    .timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + tokens.get(i))
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
        }
        return send(requests, validate ? path : null);
    }

    /** {@code n} guests asking the same path at once (the cheapest endpoint, for the ratio). */
    static Result guests(String baseUrl, String path, int n) throws InterruptedException {
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            requests.add(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(120)).GET().build());
        }
        return send(requests, null);
    }

    /** Every request on its own thread, released together; {@code validatePath} null = answers not checked. */
    private static Result send(List<HttpRequest> requests, String validatePath) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        CountDownLatch ready = new CountDownLatch(requests.size());
        CountDownLatch go = new CountDownLatch(1);
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        Map<String, Long> outcomes = new ConcurrentHashMap<>();
        long[] latencies = new long[requests.size()];
        AtomicLong lastDone = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            int n = i;
            Thread t = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    long start = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(requests.get(n), HttpResponse.BodyHandlers.ofByteArray());
                    long end = System.nanoTime();
                    latencies[n] = end - start;
                    lastDone.accumulateAndGet(end, Math::max);
                    if (validatePath != null) {
                        ApiContract.verify(requests.get(n).method(), validatePath, r.statusCode(), r.headers(), r.body());
                    }
                    statuses.merge(r.statusCode(), 1L, Long::sum);
                    String outcome = r.statusCode() == 201
                            ? JSON.readTree(new String(r.body(), StandardCharsets.UTF_8)).get("status").asText()
                            : "HTTP " + r.statusCode();
                    outcomes.merge(outcome, 1L, Long::sum);
                } catch (Exception e) {
                    latencies[n] = Long.MAX_VALUE;
                    outcomes.merge("EXCEPTION " + e.getClass().getSimpleName(), 1L, Long::sum);
                }
            }, "rush-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Result(new TreeMap<>(statuses), new TreeMap<>(outcomes), sorted, lastDone.get() - start);
    }
}
