package cn.dengkou.bizservice.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * {@code app.job.pull.*}: the scheduled pull of jobs from the employment platform, off unless {@code enabled}.
 *
 * @param url      answers GET with the import's JSON array
 * @param source   the platform's name, for rows without one; each pull is a full re-import of it when {@code full}
 * @param county   the county the pulled jobs belong to
 * @param interval time between pulls
 * @param timeout  connect plus answer, whole body included
 * @param maxSize  a larger answer is refused unread
 */
@ConfigurationProperties("app.job.pull")
record JobPullProperties(boolean enabled, String url, String source, String county, boolean full, Duration interval,
                         Duration timeout, DataSize maxSize) {

    JobPullProperties {
        interval = interval == null ? Duration.ofHours(1) : interval;
        timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
        if (enabled && (url == null || url.isBlank() || source == null || source.isBlank())) {
            throw new IllegalArgumentException("app.job.pull.enabled needs app.job.pull.url and app.job.pull.source");
        }
    }
}
