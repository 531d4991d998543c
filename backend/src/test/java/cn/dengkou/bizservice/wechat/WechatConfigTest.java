package cn.dengkou.bizservice.wechat;

import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import redis.clients.jedis.JedisPooled;

import static org.assertj.core.api.Assertions.assertThat;

/** The bean wiring, in a bare Spring context (no Boot, no auto-configuration). */
class WechatConfigTest {

    @Test
    void wiresAWorkingClient() {
        WechatSimulator sim = WechatSimulator.shared(); // the "wx" key prefix is the one the app's integration tests use
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        try {
            context.registerBean(JedisPooled.class, WechatTestKit::jedis, bd -> bd.setDestroyMethodName(""));
            context.registerBean(WechatProperties.class, () -> WechatTestKit.props(sim));
            context.register(WechatConfig.class);
            context.refresh();

            WechatClient client = context.getBean(WechatClient.class);
            assertThat(client.login("dev-wiring").openid()).isEqualTo(WechatSimulator.openidFor("dev-wiring"));
            assertThat(WechatTestKit.jedis().exists(WechatConfig.KEY_PREFIX + ":access_token:" + WechatSimulator.SIM_APPID)).isTrue();
        } finally {
            context.close();
        }
    }
}
