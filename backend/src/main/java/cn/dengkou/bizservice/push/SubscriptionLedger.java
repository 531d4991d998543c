package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.wechat.WechatProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records what the user answered in {@code wx.requestSubscribeMessage}. Each accept is exactly one
 * later send WeChat allows; spending happens in the dispatcher's claim transaction.
 */
@Service
class SubscriptionLedger {

    static final String ACCEPT = "accept";
    static final String REJECT = "reject";
    static final String BAN = "ban";
    static final String FILTER = "filter";

    private final SubscriptionQuotaMapper quotas;
    private final WechatProperties wechat;
    private final Clock clock;

    SubscriptionLedger(SubscriptionQuotaMapper quotas, WechatProperties wechat, Clock clock) {
        this.quotas = quotas;
        this.wechat = wechat;
        this.clock = clock;
    }

    /** The configured templates, scene → template id, in a stable order. */
    Map<String, String> templates() {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String scene : new String[]{WechatProperties.SCENE_NOTICE, WechatProperties.SCENE_JOB,
                WechatProperties.SCENE_EVENT, WechatProperties.SCENE_FEEDBACK}) {
            String id = wechat.templates().get(scene);
            if (id != null && !id.isBlank()) {
                ordered.put(scene, id);
            }
        }
        wechat.templates().forEach((scene, id) -> {
            if (id != null && !id.isBlank()) {
                ordered.putIfAbsent(scene, id);
            }
        });
        return ordered;
    }

    boolean isKnownTemplate(String templateId) {
        return templates().containsValue(templateId);
    }

    /** Callers have validated template ids and results. */
    @Transactional
    Map<String, Integer> record(long userId, Map<String, String> results) {
        LocalDateTime now = LocalDateTime.now(clock);
        results.forEach((templateId, result) -> {
            switch (result) {
                case ACCEPT -> quotas.accept(userId, templateId, now);
                case BAN -> quotas.ban(userId, templateId, now);
                default -> quotas.record(userId, templateId, result, now);
            }
        });
        return quotaOf(userId);
    }

    /** Every configured template with what the user is owed (0 when never asked). */
    Map<String, Integer> quotaOf(long userId) {
        Map<String, Integer> out = new LinkedHashMap<>();
        templates().values().forEach(id -> out.put(id, 0));
        quotas.quotasOf(userId).forEach(row -> {
            String id = (String) row.get("k");
            if (out.containsKey(id)) {
                out.put(id, ((Number) row.get("v")).intValue());
            }
        });
        return out;
    }
}
