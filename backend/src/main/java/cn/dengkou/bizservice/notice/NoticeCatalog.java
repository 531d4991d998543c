package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.targeting.Audience;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The list data of every published or scheduled notice (no bodies), newest first, kept in memory on
 * each instance so that listing and ranking need no SQL.
 *
 * <p>Invalidation: whoever changes what owners can see calls {@link #changed()} after the commit; it
 * does {@code INCR notice:version} in Redis and marks this instance's copy stale at once. Other
 * instances compare their copy's version with Redis at most every {@code app.notice.catalog-check}
 * (default 250 ms) and reload when it differs. Time alone (a scheduled notice's hour, a validity
 * window opening or closing) needs no invalidation: the copy holds scheduled and expired notices
 * too and {@link Entry#listedAt} decides per request. If Redis cannot be read, the copy is reloaded
 * from the database at each check instead.
 */
@Component
class NoticeCatalog {

    static final String VERSION_KEY = "notice:version";
    private static final Logger log = LoggerFactory.getLogger(NoticeCatalog.class);

    /** A published or scheduled notice as lists show it; {@code counties}: whose owners see it (null = every county). */
    record Entry(long id, String title, String summary, String category, List<String> departments,
                 Audience audience, LocalDateTime publishedAt, LocalDateTime validFrom, LocalDateTime validTo,
                 Set<String> counties) {

        /** Owners see it ({@link NoticeMapper#visible}: published_at reached) and it is within validity. */
        boolean listedAt(LocalDateTime now) {
            return !publishedAt.isAfter(now)
                    && (validFrom == null || !validFrom.isAfter(now))
                    && (validTo == null || validTo.isAfter(now));
        }
    }

    /**
     * One loaded copy. {@code version} is Redis's counter when loading began (-1: Redis unreadable),
     * {@code stamp} the local one; {@code changes} every instant at which some entry's {@link Entry#listedAt}
     * flips (published_at, valid_from, valid_to), sorted.
     */
    record Snapshot(long version, long stamp, List<Entry> entries, LocalDateTime[] changes) {

        /** The last instant at or before {@code now} at which the listed set changed (or the far past). */
        LocalDateTime lastChange(LocalDateTime now) {
            int i = Arrays.binarySearch(changes, now);
            i = i >= 0 ? i : -i - 2;
            return i >= 0 ? changes[i] : LocalDateTime.MIN;
        }

        /** The first instant after {@code now} at which the listed set changes (or the far future). */
        LocalDateTime nextChange(LocalDateTime now) {
            int i = Arrays.binarySearch(changes, now);
            i = i >= 0 ? i + 1 : -i - 1;
            return i < changes.length ? changes[i] : LocalDateTime.MAX;
        }
    }

    private final NoticeMapper notices;
    private final NoticeAudiences audiences;
    private final NoticeCounties counties;
    private final JedisPooled redis;
    private final long checkNanos;
    private final AtomicLong localChanges = new AtomicLong();
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Snapshot snapshot;
    private volatile long nextCheckNanos;

    NoticeCatalog(NoticeMapper notices, NoticeAudiences audiences, NoticeCounties counties, JedisPooled redis,
                  @Value("${app.notice.catalog-check:250ms}") Duration check) {
        this.notices = notices;
        this.audiences = audiences;
        this.counties = counties;
        this.redis = redis;
        this.checkNanos = check.toNanos();
    }

    /** Every published or scheduled notice, newest published first. */
    List<Entry> entries() {
        return current().entries();
    }

    /** The current copy; a new object whenever the catalog was reloaded. */
    Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && s.stamp() >= localChanges.get()) {
            if (System.nanoTime() - nextCheckNanos >= 0 && loading.tryLock()) {
                try {
                    nextCheckNanos = System.nanoTime() + checkNanos;
                    long v = version();
                    if (v < 0 || v != snapshot.version()) {
                        reload(v);
                    }
                } finally {
                    loading.unlock();
                }
            }
            return snapshot;
        }
        // never loaded, or this instance changed a notice: wait for a copy that has the change
        loading.lock();
        try {
            s = snapshot;
            if (s == null || s.stamp() < localChanges.get()) {
                reload(version());
                nextCheckNanos = System.nanoTime() + checkNanos;
            }
            return snapshot;
        } finally {
            loading.unlock();
        }
    }

    /** Call after committing a change to what owners can see (publish, schedule, withdraw, release). */
    void changed() {
        try {
            redis.incr(VERSION_KEY);
        } catch (RuntimeException e) {
            log.warn("notice catalog version not bumped in Redis ({}); other instances reload at their next check",
                    e.getClass().getSimpleName());
        }
        localChanges.incrementAndGet();
    }

    private long version() {
        try {
            String v = redis.get(VERSION_KEY);
            return v == null ? 0 : Long.parseLong(v);
        } catch (RuntimeException e) {
            log.warn("notice catalog version unreadable ({}); reloading from the database", e.getClass().getSimpleName());
            return -1;
        }
    }

    private void reload(long version) {
        long stamp = localChanges.get();
        List<Notice> rows = notices.catalogRows();
        Map<Long, List<String>> depts = notices.departmentsByNotice(rows.stream().map(Notice::getId).toList());
        List<Entry> entries = new ArrayList<>(rows.size());
        for (Notice n : rows) {
            Audience audience = audiences.of(n);
            entries.add(new Entry(n.getId(), n.getTitle(), n.getSummary(), n.getCategory(),
                    List.copyOf(depts.getOrDefault(n.getId(), List.of())), audience, n.getPublishedAt(),
                    n.getValidFrom(), n.getValidTo(), counties.of(n, audience)));
        }
        TreeSet<LocalDateTime> changes = new TreeSet<>();
        for (Entry e : entries) {
            changes.add(e.publishedAt());
            if (e.validFrom() != null) {
                changes.add(e.validFrom());
            }
            if (e.validTo() != null) {
                changes.add(e.validTo());
            }
        }
        snapshot = new Snapshot(version, stamp, List.copyOf(entries), changes.toArray(LocalDateTime[]::new));
        log.debug("notice catalog loaded: {} notices at version {}", entries.size(), version);
    }
}
