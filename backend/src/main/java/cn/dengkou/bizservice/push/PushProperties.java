package cn.dengkou.bizservice.push;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code app.push.*}.
 *
 * @param quietHours    e.g. {@code 21:00-08:00} in Asia/Shanghai; empty turns quiet hours off
 * @param ratePerSecond subscribe sends per second across all instances; 0 or less lifts the limit
 */
@ConfigurationProperties("app.push")
record PushProperties(String quietHours, int ratePerSecond, Dispatcher dispatcher) {

    /**
     * @param enabled      whether this instance polls the outbox at all
     * @param pollMillis   pause between two polls
     * @param batchSize    rows claimed per poll
     * @param threads      sends in flight per instance
     * @param lease        how long a claimed row belongs to its instance; longer than a batch takes
     * @param maxAttempts  attempts before a retryable row is given up as DEAD
     * @param retryBackoff first retry delay, doubled on each further attempt
     */
    record Dispatcher(Boolean enabled, long pollMillis, int batchSize, int threads, Duration lease,
                      int maxAttempts, Duration retryBackoff) {

        Dispatcher {
            enabled = enabled == null || enabled;
            pollMillis = pollMillis <= 0 ? 1000 : pollMillis;
            batchSize = batchSize <= 0 ? 200 : batchSize;
            threads = threads <= 0 ? 16 : threads;
            lease = lease == null ? Duration.ofMinutes(2) : lease;
            maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
            retryBackoff = retryBackoff == null ? Duration.ofSeconds(30) : retryBackoff;
        }
    }

    PushProperties {
        quietHours = quietHours == null ? "21:00-08:00" : quietHours.trim();
        dispatcher = dispatcher == null ? new Dispatcher(null, 0, 0, 0, null, 0, null) : dispatcher;
    }
}
