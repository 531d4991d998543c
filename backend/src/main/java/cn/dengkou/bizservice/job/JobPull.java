package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.Counties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Pulls the employment platform's JSON array on a schedule and imports it as one run (origin PULL). Off by default.
 * The whole exchange has one deadline and the body a size cap; whatever goes wrong, nothing is written and one log
 * line says what happened.
 */
@Component
class JobPull {

    /** Where and how to pull; the scheduled run takes it from {@link JobPullProperties}. */
    record Target(URI url, String source, String county, boolean full, Duration timeout, long maxBytes) {
    }

    /** A pull's outcome: the report, or why there is none. */
    record Outcome(JobImportReport report, String failure) {
    }

    private static final Logger log = LoggerFactory.getLogger(JobPull.class);

    private final JobImport imports;
    private final JobPullProperties props;
    private final Counties counties;

    JobPull(JobImport imports, JobPullProperties props, Counties counties) {
        this.imports = imports;
        this.props = props;
        this.counties = counties;
    }

    @Scheduled(fixedDelayString = "${app.job.pull.interval:PT1H}", initialDelayString = "${app.job.pull.interval:PT1H}")
    void scheduled() {
        if (props.enabled()) {
            pull(new Target(URI.create(props.url()), props.source(), props.county() == null ? counties.first() : props.county(),
                    props.full(), props.timeout(), props.maxSize().toBytes()));
        }
    }

    Outcome pull(Target t) {
        long started = System.nanoTime();
        Outcome out;
        try {
            byte[] body = fetch(t);
            if (!JobImportFile.isJson(body)) {
                throw new PullFailure("the answer is not a JSON array");
            }
            out = new Outcome(imports.run(body, "pull.json", new JobImport.Options(t.county(), t.source(), t.full(), "PULL", null)), null);
        } catch (ApiException e) {
            out = new Outcome(null, e.getMessage());
        } catch (PullFailure e) {
            out = new Outcome(null, e.getMessage());
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (out.report() != null) {
            log.info("job pull from {}: run {}, {} created, {} updated, {} closed, {} rejected in {} ms", t.url().getHost(),
                    out.report().runId(), out.report().created(), out.report().updated(), out.report().closed(),
                    out.report().rejectedTotal(), ms);
        } else {
            log.warn("job pull from {} failed after {} ms, nothing imported: {}", t.url().getHost(), ms, out.failure());
        }
        return out;
    }

    private static byte[] fetch(Target t) {
        long deadline = System.nanoTime() + t.timeout().toNanos();
        HttpClient client = HttpClient.newBuilder().connectTimeout(t.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest request = HttpRequest.newBuilder(t.url()).timeout(t.timeout()).header("Accept", "application/json").GET().build();
        CompletableFuture<byte[]> exchange = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(r -> {
                    if (r.statusCode() / 100 != 2) {
                        close(r.body());
                        throw new PullFailure("HTTP " + r.statusCode());
                    }
                    long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
                    if (declared > t.maxBytes()) {
                        close(r.body());
                        throw new PullFailure("answer of " + declared + " bytes is over the cap of " + t.maxBytes());
                    }
                    return capped(r.body(), t.maxBytes());
                });
        try {
            return exchange.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new PullFailure("no complete answer within " + t.timeout().toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof PullFailure f ? f : new PullFailure(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PullFailure("interrupted");
        }
    }

    private static byte[] capped(InputStream in, long max) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                if (out.size() + n > max) {
                    throw new PullFailure("answer is over the cap of " + max + " bytes");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new PullFailure("reading the answer failed: " + e.getMessage());
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the answer is refused anyway
        }
    }

    /** Why a pull brought nothing to import (its message goes to the log line). */
    private static final class PullFailure extends RuntimeException {
        PullFailure(String message) {
            super(message);
        }
    }
}
