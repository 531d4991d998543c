package cn.dengkou.bizservice.push;

import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.SetParams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What all dispatcher instances agree on through Redis: the global send rate (a fixed one-second
 * window), one send at a time per recipient, and a halt after WeChat's daily or minute quota.
 */
@Component
class SendThrottle {

    static final String HALT_KEY = "push:halt-until";

    private static final String COUNT_IN_WINDOW =
            "local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIRE', KEYS[1], 2000) end return n";
    private static final String RELEASE_IF_OWNER =
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";
    private static final String EXTEND_HALT =
            "local cur = tonumber(redis.call('GET', KEYS[1]) or '0') "
            + "if tonumber(ARGV[1]) > cur then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end return 0";

    private final JedisPooled redis;
    private volatile int ratePerSecond;

    SendThrottle(JedisPooled redis, PushProperties props) {
        this.redis = redis;
        this.ratePerSecond = props.ratePerSecond();
    }

    /** Tests and the benchmark lift or tighten the limit; 0 or less means unlimited. */
    void setRatePerSecond(int rate) {
        this.ratePerSecond = rate;
    }

    int ratePerSecond() {
        return ratePerSecond;
    }

    /** Blocks until this instance may send one message. Real time on purpose: it is a physical rate. */
    void acquire() throws InterruptedException {
        while (true) {
            int rate = ratePerSecond;
            if (rate <= 0) {
                return;
            }
            long nowMs = System.currentTimeMillis();
            long second = nowMs / 1000;
            Object n = redis.eval(COUNT_IN_WINDOW, List.of("push:rate:" + second), List.of());
            if (((Number) n).longValue() <= rate) {
                return;
            }
            Thread.sleep(Math.max(1, (second + 1) * 1000 - nowMs));
        }
    }

    /** One send at a time per recipient (WeChat answers 43108 otherwise); the lease bounds a crashed holder. */
    boolean lockRecipient(long userId, String owner, Duration lease) {
        return "OK".equals(redis.set(recipientKey(userId), owner, SetParams.setParams().nx().px(lease.toMillis())));
    }

    /** {@link #lockRecipient} for a whole batch in one round trip; answers the users now locked by {@code owner}. */
    Set<Long> lockRecipients(Collection<Long> userIds, String owner, Duration lease) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = new ArrayList<>(userIds);
        List<Response<String>> answers = new ArrayList<>(ids.size());
        try (Pipeline p = redis.pipelined()) {
            SetParams nxLease = SetParams.setParams().nx().px(lease.toMillis());
            for (Long id : ids) {
                answers.add(p.set(recipientKey(id), owner, nxLease));
            }
            p.sync();
        }
        Set<Long> locked = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if ("OK".equals(answers.get(i).get())) {
                locked.add(ids.get(i));
            }
        }
        return locked;
    }

    void unlockRecipient(long userId, String owner) {
        redis.eval(RELEASE_IF_OWNER, List.of(recipientKey(userId)), List.of(owner));
    }

    /** {@link #unlockRecipient} for many users in one round trip. */
    void unlockRecipients(Collection<Long> userIds, String owner) {
        if (userIds.isEmpty()) {
            return;
        }
        try (Pipeline p = redis.pipelined()) {
            for (Long id : userIds) {
                p.eval(RELEASE_IF_OWNER, List.of(recipientKey(id)), List.of(owner));
            }
            p.sync();
        }
    }

    /** Epoch millis (by the app clock) before which no instance sends; 0 when not halted. */
    long haltedUntil() {
        String v = redis.get(HALT_KEY);
        return v == null ? 0 : Long.parseLong(v);
    }

    /** Never shortens a longer halt another instance set. */
    void haltUntil(long untilMillis, long nowMillis) {
        long ttl = Math.max(1000, untilMillis - nowMillis + 60_000);
        redis.eval(EXTEND_HALT, List.of(HALT_KEY), List.of(Long.toString(untilMillis), Long.toString(ttl)));
    }

    void clearHalt() {
        redis.del(HALT_KEY);
    }

    private static String recipientKey(long userId) {
        return "push:recipient:" + userId;
    }
}
