package cn.dengkou.bizservice.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPooled;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A counter in Redis by which instances tell each other that data they keep in memory changed: the changing
 * instance {@link #bump()}s it after its commit, every instance asks {@link #moved()} before reading its copy, which
 * looks at Redis at most once per check interval. An unreadable Redis counts as moved (reload from the database).
 */
public final class SharedVersion {

    private static final Logger log = LoggerFactory.getLogger(SharedVersion.class);

    private final JedisPooled redis;
    private final String key;
    private final long checkNanos;
    private final ReentrantLock checking = new ReentrantLock();
    private volatile long nextCheckNanos = System.nanoTime();
    private volatile String seen;

    public SharedVersion(JedisPooled redis, String key, Duration check) {
        this.redis = redis;
        this.key = key;
        this.checkNanos = check.toNanos();
    }

    /** Whether another instance bumped the counter since this one last looked; true at most once per interval. */
    public boolean moved() {
        long now = System.nanoTime();
        if (now - nextCheckNanos < 0 || !checking.tryLock()) {
            return false;
        }
        try {
            nextCheckNanos = now + checkNanos;
            String v;
            try {
                v = redis.get(key);
            } catch (RuntimeException e) {
                log.warn("{} unreadable ({}); the local copy counts as stale", key, e.getClass().getSimpleName());
                return true;
            }
            if (Objects.equals(v, seen)) {
                return false;
            }
            seen = v;
            return true;
        } finally {
            checking.unlock();
        }
    }

    /** After committing a change: the other instances see it at their next check. */
    public void bump() {
        try {
            redis.incr(key);
        } catch (RuntimeException e) {
            log.warn("{} not bumped in Redis ({}); other instances keep their copy until the next change",
                    key, e.getClass().getSimpleName());
        }
    }
}
