package cn.dengkou.bizservice.wechat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two lock objects on one key stand for two app instances; each thread is one caller. */
class RedisLeaseLockTest {

    private final JedisPooled jedis = WechatTestKit.jedis();
    private final String key = "wxtest-lock-" + UUID.randomUUID();
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void cleanUp() {
        threads.shutdownNow();
        jedis.del(key);
    }

    @Test
    void onlyOneHolderAtATimeAcrossInstances() throws Exception {
        Lock nodeA = new RedisLeaseLock(jedis, key, Duration.ofSeconds(10));
        Lock nodeB = new RedisLeaseLock(jedis, key, Duration.ofSeconds(10));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            Lock lock = w % 2 == 0 ? nodeA : nodeB;
            workers.add(threads.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    lock.lock();
                    try {
                        maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.sleep(2);
                        done.incrementAndGet();
                        inside.decrementAndGet();
                    } finally {
                        lock.unlock();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get(30, TimeUnit.SECONDS);
        }
        assertThat(maxInside.get()).isEqualTo(1);
        assertThat(done.get()).isEqualTo(80);
        assertThat(jedis.exists(key)).isFalse();
    }

    @Test
    void onlyTheOwnerCanRelease() throws Exception {
        Lock lock = new RedisLeaseLock(jedis, key, Duration.ofSeconds(10));
        Lock otherNode = new RedisLeaseLock(jedis, key, Duration.ofSeconds(10));
        assertThat(lock.tryLock()).isTrue();

        Future<?> stranger = threads.submit(lock::unlock);
        assertThatThrownBy(() -> stranger.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalMonitorStateException.class);
        assertThatThrownBy(otherNode::unlock).isInstanceOf(IllegalMonitorStateException.class);
        assertThat(jedis.exists(key)).isTrue();
        assertThat(threads.submit(() -> otherNode.tryLock()).get()).isFalse();

        lock.unlock();
        assertThat(jedis.exists(key)).isFalse();
        assertThat(threads.submit(() -> otherNode.tryLock()).get()).isTrue();
    }

    @Test
    void anExpiredLeaseLetsOthersInAndTheLateOwnerDoesNotReleaseTheirLock() throws Exception {
        Lock slowNode = new RedisLeaseLock(jedis, key, Duration.ofMillis(300));
        Lock otherNode = new RedisLeaseLock(jedis, key, Duration.ofSeconds(10));
        assertThat(slowNode.tryLock()).isTrue();
        assertThat(jedis.pttl(key)).isBetween(1L, 300L);

        long start = System.nanoTime();
        CompletableFuture<Boolean> acquired = CompletableFuture.supplyAsync(() -> tryLock(otherNode, 3000), threads);
        assertThat(acquired.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(150));
        String newOwner = jedis.get(key);

        slowNode.unlock(); // its lease is gone: compare-and-delete must leave the new owner's lock alone
        assertThat(jedis.get(key)).isEqualTo(newOwner);
    }

    @Test
    void tryLockGivesUpAfterTheTimeout() throws Exception {
        Lock holder = new RedisLeaseLock(jedis, key, Duration.ofSeconds(10));
        Lock waiter = new RedisLeaseLock(jedis, key, Duration.ofSeconds(10));
        holder.lock();
        long start = System.nanoTime();
        assertThat(threads.submit(() -> tryLock(waiter, 150)).get()).isFalse();
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(tookMs).isBetween(140L, 2000L);
        holder.unlock();
    }

    @Test
    void isReentrantForTheHoldingThread() {
        Lock lock = new RedisLeaseLock(jedis, key, Duration.ofSeconds(10));
        lock.lock();
        assertThat(lock.tryLock()).isTrue();
        lock.unlock();
        assertThat(jedis.exists(key)).isTrue();
        lock.unlock();
        assertThat(jedis.exists(key)).isFalse();
        assertThatThrownBy(lock::unlock).isInstanceOf(IllegalMonitorStateException.class);
    }

    @Test
    void redisOpsFollowWxJavasContract() {
        JedisWxRedisOps ops = new JedisWxRedisOps(jedis, Duration.ofSeconds(10));
        ops.setValue(key, "v", 100, TimeUnit.SECONDS);
        assertThat(ops.getValue(key)).isEqualTo("v");
        assertThat(ops.getExpire(key)).isBetween(98L, 100L);
        ops.expire(key, 0, TimeUnit.SECONDS); // how WxJava expires a token
        assertThat(ops.getValue(key)).isNull();
        assertThat(ops.getExpire(key)).isLessThan(2L); // WxJava reads < 2 as expired
        ops.setValue(key, "stale", -5, TimeUnit.SECONDS);
        assertThat(ops.getValue(key)).isNull();
        assertThat(ops.getLock(key)).isInstanceOf(RedisLeaseLock.class);
    }

    @Test
    void tokenStoreKeepsATokenWithLittleTimeLeft() {
        String prefix = WechatTestKit.newKeyPrefix();
        WechatConfig.TokenStore store = new WechatConfig.TokenStore(new JedisWxRedisOps(jedis, Duration.ofSeconds(10)), prefix);
        store.setAppid("wx-app");
        String tokenKey = prefix + ":access_token:wx-app";
        try {
            store.updateAccessToken("t1", 7200);
            assertThat(jedis.ttl(tokenKey)).isBetween(6990L, 7000L);
            store.updateAccessToken("t2", 150); // WxJava alone would store 150 - 200 s, i.e. nothing
            assertThat(jedis.ttl(tokenKey)).isBetween(70L, 75L);
            assertThat(store.getAccessToken()).isEqualTo("t2");
            assertThat(store.isAccessTokenExpired()).isFalse();
        } finally {
            jedis.del(tokenKey);
        }
    }

    private static boolean tryLock(Lock lock, long millis) {
        try {
            return lock.tryLock(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
