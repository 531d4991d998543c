package cn.dengkou.bizservice.wechat;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * {@code app.wechat.*}: the mini program's credentials, the API host (a simulator in tests and dev
 * mode) and the HTTP limits for calls to WeChat.
 *
 * @param templates subscribe-message template ids by scene: {@code notice}, {@code job}, {@code event}, {@code feedback}
 */
@ConfigurationProperties("app.wechat")
public record WechatProperties(
        String appid,
        String secret,
        String apiBaseUrl,
        Map<String, String> templates,
        String miniprogramState,
        String lang,
        Duration connectTimeout,
        Duration socketTimeout,
        int maxConnections) {

    public static final String SCENE_NOTICE = "notice";
    public static final String SCENE_JOB = "job";
    public static final String SCENE_EVENT = "event";
    public static final String SCENE_FEEDBACK = "feedback";

    private static final Set<String> STATES = Set.of("developer", "trial", "formal");
    private static final Set<String> LANGS = Set.of("zh_CN", "en_US", "zh_HK", "zh_TW");

    public WechatProperties {
        apiBaseUrl = apiBaseUrl == null || apiBaseUrl.isBlank() ? "https://api.weixin.qq.com" : stripSlash(apiBaseUrl.trim());
        templates = templates == null ? Map.of() : Map.copyOf(templates);
        miniprogramState = miniprogramState == null || miniprogramState.isBlank() ? "formal" : miniprogramState;
        lang = lang == null || lang.isBlank() ? "zh_CN" : lang;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        socketTimeout = socketTimeout == null ? Duration.ofSeconds(5) : socketTimeout;
        maxConnections = maxConnections <= 0 ? 64 : maxConnections;
        // a typo here would only show up as 47003 on every send: fail at startup instead
        if (!STATES.contains(miniprogramState)) {
            throw new IllegalArgumentException("app.wechat.miniprogram-state must be one of " + STATES);
        }
        if (!LANGS.contains(lang)) {
            throw new IllegalArgumentException("app.wechat.lang must be one of " + LANGS);
        }
    }

    /** The template id configured for a scene ({@link #SCENE_NOTICE} …). */
    public String templateId(String scene) {
        String id = templates.get(scene);
        if (id == null || id.isBlank()) {
            throw new IllegalStateException("no subscribe template configured for scene '" + scene + "' (app.wechat.templates)");
        }
        return id;
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "WechatProperties[appid=" + appid + ", secret=" + (secret == null || secret.isEmpty() ? "<none>" : "****")
                + ", apiBaseUrl=" + apiBaseUrl + ", templates=" + templates + ", miniprogramState=" + miniprogramState
                + ", lang=" + lang + ", connectTimeout=" + connectTimeout + ", socketTimeout=" + socketTimeout
                + ", maxConnections=" + maxConnections + "]";
    }

    private static String stripSlash(String url) {
        return url.replaceAll("/+$", "");
    }
}
