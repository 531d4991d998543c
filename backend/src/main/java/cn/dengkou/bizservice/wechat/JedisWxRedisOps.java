package cn.dengkou.bizservice.wechat;

import me.chanjar.weixin.common.redis.BaseWxRedisOps;
import redis.clients.jedis.JedisPooled;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * WxJava's token store on the app's Jedis client. WxJava's own Jedis classes are compiled against
 * Jedis 3 (they fail on Jedis 4+) and their lock is a 2 ms {@code SET NX}; this one holds a real lease.
 */
class JedisWxRedisOps extends BaseWxRedisOps {

    /** Longer than a token call can take (connect + read timeout), so the lease never ends mid-call. */
    static final Duration MIN_LEASE = Duration.ofSeconds(10);

    private final JedisPooled jedis;
    private final Duration lease;

    JedisWxRedisOps(JedisPooled jedis, Duration lease) {
        this.jedis = jedis;
        this.lease = lease;
    }

    @Override
    public String getValue(String key) {
        return jedis.get(key);
    }

    /** A non-positive lifetime means the value is already stale: drop it rather than keep it forever. */
    @Override
    public void setValue(String key, String value, int expire, TimeUnit timeUnit) {
        long millis = timeUnit.toMillis(expire);
        if (millis <= 0) {
            jedis.del(key);
        } else {
            jedis.psetex(key, millis, value);
        }
    }

    @Override
    public Long getExpire(String key) {
        return jedis.ttl(key);
    }

    @Override
    public void expire(String key, int expire, TimeUnit timeUnit) {
        jedis.pexpire(key, timeUnit.toMillis(expire)); // 0 deletes the key: that is how WxJava expires a token
    }

    @Override
    public Lock getLock(String key) {
        return new RedisLeaseLock(jedis, key, lease);
    }
}
