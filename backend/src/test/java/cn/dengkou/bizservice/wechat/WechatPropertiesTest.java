package cn.dengkou.bizservice.wechat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WechatPropertiesTest {

    @Test
    void defaults() {
        WechatProperties p = new WechatProperties("wx1", "s3cr3t", null, null, null, null, null, null, 0);
        assertThat(p.apiBaseUrl()).isEqualTo("https://api.weixin.qq.com");
        assertThat(p.templates()).isEmpty();
        assertThat(p.miniprogramState()).isEqualTo("formal");
        assertThat(p.lang()).isEqualTo("zh_CN");
        assertThat(p.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(p.socketTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(p.maxConnections()).isEqualTo(64);
        assertThat(WechatConfig.lease(p)).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void toStringHidesTheSecretAndTrailingSlashesAreDropped() {
        WechatProperties p = new WechatProperties("wx1", "s3cr3t", "http://127.0.0.1:9999//", Map.of("notice", "T1"),
                "developer", "en_US", Duration.ofMillis(100), Duration.ofMillis(100), 8);
        assertThat(p.toString()).doesNotContain("s3cr3t").contains("wx1");
        assertThat(p.apiBaseUrl()).isEqualTo("http://127.0.0.1:9999");
        assertThat(p.templateId("notice")).isEqualTo("T1");
        assertThat(WechatConfig.lease(p)).isEqualTo(Duration.ofSeconds(10));
        assertThatThrownBy(() -> p.templateId("job")).isInstanceOf(IllegalStateException.class).hasMessageContaining("job");
    }

    @Test
    void typosInStateOrLangFailAtStartup() {
        assertThatThrownBy(() -> new WechatProperties("a", "b", null, null, "production", null, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WechatProperties("a", "b", null, null, null, "zh-CN", null, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bindsFromSpringProperties() {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource(Map.of(
                "app.wechat.appid", "wx1",
                "app.wechat.secret", "s",
                "app.wechat.api-base-url", "http://127.0.0.1:1234/",
                "app.wechat.templates.notice", "T-notice",
                "app.wechat.templates.job", "T-job",
                "app.wechat.miniprogram-state", "trial",
                "app.wechat.connect-timeout", "250ms",
                "app.wechat.socket-timeout", "2s",
                "app.wechat.max-connections", "8"));
        WechatProperties p = new Binder(source).bindOrCreate("app.wechat", WechatProperties.class);
        assertThat(p.apiBaseUrl()).isEqualTo("http://127.0.0.1:1234");
        assertThat(p.templateId(WechatProperties.SCENE_JOB)).isEqualTo("T-job");
        assertThat(p.miniprogramState()).isEqualTo("trial");
        assertThat(p.lang()).isEqualTo("zh_CN");
        assertThat(p.connectTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(p.socketTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(p.maxConnections()).isEqualTo(8);

        WechatProperties empty = new Binder(new MapConfigurationPropertySource()).bindOrCreate("app.wechat", WechatProperties.class);
        assertThat(empty.maxConnections()).isEqualTo(64);
        assertThat(empty.apiBaseUrl()).isEqualTo("https://api.weixin.qq.com");
    }
}
