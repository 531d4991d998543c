package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.push.AudienceSource;
import org.springframework.stereotype.Component;

/** The owners who favourited notice N ({@code Recipients.of("notice-favorites", n)}), e.g. to tell them it changed. */
@Component
class NoticeFavoritesAudience implements AudienceSource {

    static final String NAME = "notice-favorites";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String userIdsSql() {
        return "SELECT f.user_id FROM notice_favorite f WHERE f.notice_id = #{sourceRef}";
    }
}
