package cn.dengkou.bizservice.wechat;

import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import me.chanjar.weixin.common.redis.WxRedisOps;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;

import static org.assertj.core.api.Assertions.assertThat;

/** The access token is read from Redis once per local-copy period, not twice per WeChat call. */
class TokenStoreTest {

    /** The real Redis store, counting the reads that reach it. */
    static final class CountingOps implements WxRedisOps {
        final WxRedisOps real;
        final AtomicInteger reads = new AtomicInteger();

        CountingOps(WxRedisOps real) {
            this.real = real;
        }

        @Override
        public String getValue(String key) {
            reads.incrementAndGet();
            return real.getValue(key);
        }

        @Override
        public void setValue(String key, String value, int expire, TimeUnit unit) {
            real.setValue(key, value, expire, unit);
        }

        @Override
        public Long getExpire(String key) {
            reads.incrementAndGet();
            return real.getExpire(key);
        }

        @Override
        public void expire(String key, int expire, TimeUnit unit) {
            real.expire(key, expire, unit);
        }

        @Override
        public Lock getLock(String key) {
            return real.getLock(key);
        }
    }

    private static WechatConfig.TokenStore store(CountingOps ops, String prefix) {
        WechatConfig.TokenStore store = new WechatConfig.TokenStore(ops, prefix);
        store.setAppid(WechatSimulator.SIM_APPID);
        return store;
    }

    @Test
    void manyCallsReadRedisOnceAndAnUpdateOrExpiryIsSeenAtOnce() {
        String prefix = WechatTestKit.newKeyPrefix();
        CountingOps ops = new CountingOps(new JedisWxRedisOps(WechatTestKit.jedis(), Duration.ofSeconds(5)));
        WechatConfig.TokenStore store = store(ops, prefix);
        assertThat(store.isAccessTokenExpired()).isTrue();

        store.updateAccessToken("token-1", 7200);
        ops.reads.set(0);
        for (int i = 0; i < 100; i++) {
            assertThat(store.isAccessTokenExpired()).isFalse();
            assertThat(store.getAccessToken()).isEqualTo("token-1");
        }
        assertThat(ops.reads.get()).isEqualTo(2); // one TTL and one GET, then the local copy

        store.updateAccessToken("token-2", 7200);
        assertThat(store.getAccessToken()).isEqualTo("token-2");

        store.expireAccessToken(); // what WxJava does on 40001
        assertThat(store.isAccessTokenExpired()).isTrue();
    }

    @Test
    void anotherInstancesTokenIsReadFromRedis() {
        String prefix = WechatTestKit.newKeyPrefix();
        JedisWxRedisOps redis = new JedisWxRedisOps(WechatTestKit.jedis(), Duration.ofSeconds(5));
        WechatConfig.TokenStore a = store(new CountingOps(redis), prefix);
        WechatConfig.TokenStore b = store(new CountingOps(redis), prefix);

        a.updateAccessToken("shared-token", 7200);

        assertThat(b.isAccessTokenExpired()).isFalse();
        assertThat(b.getAccessToken()).isEqualTo("shared-token");
    }
}
