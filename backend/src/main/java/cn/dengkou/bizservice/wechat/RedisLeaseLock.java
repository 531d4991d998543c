package cn.dengkou.bizservice.wechat;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * A lock shared by every instance of the app: {@code SET key owner NX PX lease}, released by a
 * compare-and-delete script so that only the owner can release it. The lease bounds how long a
 * crashed holder blocks the others. One object is shared by many threads (WxJava keeps one per
 * key), so the owner value is per acquisition and kept per thread. Reentrant by hold count.
 */
final class RedisLeaseLock implements Lock {

    private static final String RELEASE =
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
    private static final long MIN_SPIN_MILLIS = 5;
    private static final long MAX_SPIN_MILLIS = 20;

    private final JedisPooled jedis;
    private final String key;
    private final long leaseMillis;
    private final ThreadLocal<Hold> held = new ThreadLocal<>();

    RedisLeaseLock(JedisPooled jedis, String key, Duration lease) {
        this.jedis = jedis;
        this.key = key;
        this.leaseMillis = lease.toMillis();
    }

    @Override
    public boolean tryLock() {
        Hold hold = held.get();
        if (hold != null) {
            hold.count++;
            return true;
        }
        String owner = UUID.randomUUID().toString();
        if ("OK".equals(jedis.set(key, owner, SetParams.setParams().nx().px(leaseMillis)))) {
            held.set(new Hold(owner));
            return true;
        }
        return false;
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(time);
        while (!tryLock()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(spin())));
        }
        return true;
    }

    @Override
    public void lock() {
        boolean interrupted = false;
        while (!tryLock()) {
            try {
                Thread.sleep(spin());
            } catch (InterruptedException e) {
                interrupted = true; // lock() is not interruptible: keep waiting, restore the flag afterwards
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        while (!tryLock()) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            Thread.sleep(spin());
        }
    }

    /** Releases the lease if this thread still owns it; after the lease expired it deletes nothing. */
    @Override
    public void unlock() {
        Hold hold = held.get();
        if (hold == null) {
            throw new IllegalMonitorStateException("lock " + key + " is not held by this thread");
        }
        if (--hold.count > 0) {
            return;
        }
        held.remove();
        jedis.eval(RELEASE, List.of(key), List.of(hold.owner));
    }

    @Override
    public Condition newCondition() {
        throw new UnsupportedOperationException("a Redis lease lock has no conditions");
    }

    /** Random short pauses so that waiting instances do not poll Redis in lockstep. */
    private static long spin() {
        return ThreadLocalRandom.current().nextLong(MIN_SPIN_MILLIS, MAX_SPIN_MILLIS + 1);
    }

    private static final class Hold {
        final String owner;
        int count = 1;

        Hold(String owner) {
            this.owner = owner;
        }
    }
}
