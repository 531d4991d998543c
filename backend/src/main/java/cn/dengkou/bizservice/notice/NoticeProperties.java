package cn.dengkou.bizservice.notice;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.notice.*}.
 *
 * @param reviewThreshold a push to more owners than this needs a second staff member's approval (default 500)
 */
@ConfigurationProperties("app.notice")
record NoticeProperties(Integer reviewThreshold) {

    NoticeProperties {
        reviewThreshold = reviewThreshold == null || reviewThreshold < 0 ? 500 : reviewThreshold;
    }
}
