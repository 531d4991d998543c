package cn.dengkou.bizservice.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.config.impl.WxMaRedisBetterConfigImpl;
import me.chanjar.weixin.common.redis.WxRedisOps;
import me.chanjar.weixin.common.util.http.apache.ApacheHttpClientBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.JedisPooled;

import java.time.Duration;

/** WxJava wired once: token in Redis behind a lease lock, stable token, one retry, bounded HTTP pool. */
@Configuration(proxyBeanMethods = false)
class WechatConfig {

    private static final Logger log = LoggerFactory.getLogger(WechatConfig.class);

    /** Redis keys: {@code wx:access_token:{appid}} and {@code wx:lock:{appid}:accessTokenLock}. */
    static final String KEY_PREFIX = "wx";

    @Bean
    JedisWxRedisOps wechatRedisOps(JedisPooled jedis, WechatProperties props) {
        return new JedisWxRedisOps(jedis, lease(props));
    }

    @Bean(destroyMethod = "close")
    PooledHttpClientBuilder wechatHttpClient(WechatProperties props) {
        return new PooledHttpClientBuilder(props);
    }

    @Bean
    WxMaService wxMaService(WechatProperties props, JedisWxRedisOps redisOps, PooledHttpClientBuilder http) {
        if (props.appid() == null || props.appid().isBlank() || props.secret() == null || props.secret().isBlank()) {
            log.warn("app.wechat.appid or app.wechat.secret is not set: every WeChat call will fail");
        }
        return wxMaService(props, redisOps, http, KEY_PREFIX);
    }

    @Bean
    WechatClient wechatClient(WxMaService wxMaService, WechatProperties props) {
        return new WechatClient(wxMaService, props);
    }

    /** Builds the service outside Spring too (tests); {@code keyPrefix} separates Redis keys. */
    static WxMaService wxMaService(WechatProperties props, WxRedisOps redisOps, ApacheHttpClientBuilder http,
                                   String keyPrefix) {
        silenceWxJavaLogs();
        TokenStore config = new TokenStore(redisOps, keyPrefix);
        config.setAppid(props.appid()); // also derives the Redis key names
        config.setSecret(props.secret());
        config.useStableAccessToken(true); // 10,000 calls/min and does not kill the token other instances hold
        config.setApiHostUrl(props.apiBaseUrl());
        config.setMaxRetryTimes(1);
        config.setApacheHttpClientBuilder(http);
        WxMaServiceImpl service = new WxMaServiceImpl();
        service.setMaxRetryTimes(1); // the service reads its own field: retry errcode -1 once, then our callers decide
        service.setWxMaConfig(config); // builds the HTTP client, so it comes last
        return service;
    }

    static Duration lease(WechatProperties props) {
        Duration call = props.connectTimeout().plus(props.socketTimeout()).multipliedBy(2);
        return call.compareTo(JedisWxRedisOps.MIN_LEASE) > 0 ? call : JedisWxRedisOps.MIN_LEASE;
    }

    /**
     * WxJava logs request URLs (with the secret and the access token) and responses (with the
     * session_key) at warn/debug, and Apache HttpClient logs request lines at debug. We log our own
     * one line per failure instead.
     */
    static void silenceWxJavaLogs() {
        LoggingSystem logging = LoggingSystem.get(WechatConfig.class.getClassLoader());
        logging.setLogLevel("me.chanjar.weixin", LogLevel.OFF);
        logging.setLogLevel("cn.binarywang.wx", LogLevel.OFF);
        logging.setLogLevel("org.apache.http", LogLevel.WARN);
    }

    /**
     * The access token in Redis, shared by all instances, with a short copy in this JVM.
     * <ul>
     *   <li>Stored a little shorter than it lives. WxJava subtracts 200 s; a stable token that comes
     *       back with less than that left would not be stored at all, and every call would fetch it again.</li>
     *   <li>Read from Redis at most every {@link #LOCAL_COPY}, not twice per call (WxJava asks for the
     *       TTL and then the value on every request). The token outlives its Redis key by more than
     *       that, and a 40001 answer makes WxJava expire it, which drops the copy too.</li>
     * </ul>
     */
    static final class TokenStore extends WxMaRedisBetterConfigImpl {

        static final Duration LOCAL_COPY = Duration.ofSeconds(30);

        private record Copy(String token, long untilNanos) {
        }

        private volatile Copy copy;

        TokenStore(WxRedisOps redisOps, String keyPrefix) {
            super(redisOps, keyPrefix);
        }

        @Override
        public String getAccessToken() {
            Copy c = current();
            return c != null ? c.token() : super.getAccessToken();
        }

        @Override
        public boolean isAccessTokenExpired() {
            return current() == null;
        }

        private Copy current() {
            Copy c = copy;
            if (c != null && System.nanoTime() - c.untilNanos() < 0) {
                return c;
            }
            String token = super.isAccessTokenExpired() ? null : super.getAccessToken();
            c = token == null ? null : new Copy(token, System.nanoTime() + LOCAL_COPY.toNanos());
            copy = c;
            return c;
        }

        @Override
        public synchronized void updateAccessToken(String accessToken, int expiresInSeconds) {
            int ttl = expiresInSeconds > 400 ? expiresInSeconds - 200 : Math.max(1, expiresInSeconds / 2);
            super.updateAccessToken(accessToken, ttl + 200); // the parent subtracts 200 s again
            copy = null;
        }

        @Override
        public void expireAccessToken() {
            super.expireAccessToken();
            copy = null;
        }
    }
}
