package cn.dengkou.bizservice.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.dengkou.bizservice.support.LocalServers;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Builds WechatClients by hand (no Spring context) on the test Redis and a simulator. */
final class WechatTestKit {

    private static JedisPooled jedis;

    private WechatTestKit() {
    }

    static synchronized JedisPooled jedis() {
        if (jedis == null) {
            Map<String, String> p = LocalServers.forTests().springProperties();
            DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder().timeoutMillis(2000);
            String password = p.get("spring.data.redis.password");
            if (password != null && !password.isEmpty()) {
                config.password(password);
            }
            jedis = new JedisPooled(new HostAndPort(p.get("spring.data.redis.host"),
                    Integer.parseInt(p.get("spring.data.redis.port"))), config.build());
        }
        return jedis;
    }

    static WechatProperties props(String baseUrl, Duration connectTimeout, Duration socketTimeout, int maxConnections) {
        return new WechatProperties(WechatSimulator.SIM_APPID, WechatSimulator.SIM_SECRET, baseUrl,
                Map.of("notice", "tmpl-notice"), null, null, connectTimeout, socketTimeout, maxConnections);
    }

    static WechatProperties props(WechatSimulator sim) {
        return props(sim.baseUrl(), Duration.ofSeconds(2), Duration.ofSeconds(3), 16);
    }

    static String newKeyPrefix() {
        return "wxtest-" + UUID.randomUUID();
    }

    static String tokenKey(String keyPrefix) {
        return keyPrefix + ":access_token:" + WechatSimulator.SIM_APPID;
    }

    /** One wired client; close it to release its HTTP pool. */
    record Wired(WechatClient client, WxMaService service, PooledHttpClientBuilder http) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            http.close();
        }
    }

    static Wired wire(WechatProperties props, String keyPrefix) {
        JedisWxRedisOps ops = new JedisWxRedisOps(jedis(), WechatConfig.lease(props));
        PooledHttpClientBuilder http = new PooledHttpClientBuilder(props);
        WxMaService service = WechatConfig.wxMaService(props, ops, http, keyPrefix);
        return new Wired(new WechatClient(service, props), service, http);
    }
}
