package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.RichText;

/**
 * A notice body as staff write it, made safe to render ({@link RichText}: the allow-list events share).
 *
 * @param html the sanitized HTML, stored and served as is
 * @param text its plain text (for search terms and previews)
 */
record NoticeBody(String html, String text) {

    static NoticeBody sanitize(String raw) {
        RichText clean = RichText.sanitize(raw);
        return new NoticeBody(clean.html(), clean.text());
    }

    /** Nothing a reader would see: no text and no image. */
    boolean isBlank() {
        return new RichText(html, text).isBlank();
    }
}
