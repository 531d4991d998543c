package cn.dengkou.bizservice.push;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * What a feature asks the push engine to deliver: one inbox message per recipient and, where the
 * recipient has quota for the scene's template, one subscribe message.
 *
 * <pre>{@code
 * pushTasks.create(PushRequest.of("notice", "NOTICE", notice.id(), notice.title(), notice.summary(),
 *                 "/pages/notice/detail?id=" + notice.id(),
 *                 new TemplateData().put("thing1", notice.title()).put("time2", publishedAt).toMap(),
 *                 Recipients.owners(notice.audience()))
 *         .dedupKey("notice:" + notice.id())
 *         .scheduledAt(scheduledAt)
 *         .createdBy(staff.id()));
 * }</pre>
 *
 * @param scene        {@code notice}, {@code job}, {@code event} or {@code feedback}: picks the template
 * @param refType      what the message is about, e.g. {@code NOTICE}; with {@code refId} shown in the inbox
 * @param link         the mini-program page both the inbox entry and the subscribe message open
 * @param templateData subscribe-message fields, best built with {@code wechat.TemplateData}; checked on create
 * @param scheduledAt  null or past = now; the inbox is written only when it comes
 * @param urgent       goes out during quiet hours too
 * @param dedupKey     e.g. {@code notice:42}: a user who got a task with this key never gets it again
 * @param county       the division the task belongs to (its source's county): county staff see only their county's
 */
public record PushRequest(String scene, String refType, Long refId, String title, String summary, String link,
                          Map<String, String> templateData, Recipients recipients, LocalDateTime scheduledAt,
                          boolean urgent, String dedupKey, Long createdBy, String county) {

    public PushRequest {
        require(scene, "scene");
        require(refType, "refType");
        require(title, "title");
        if (templateData == null || templateData.isEmpty()) {
            throw new IllegalArgumentException("push request needs template data");
        }
        if (link != null && link.length() > 500) {
            throw new IllegalArgumentException("push link longer than 500 characters");
        }
        if (dedupKey != null && (dedupKey.isBlank() || dedupKey.length() > 100)) {
            throw new IllegalArgumentException("push dedupKey must be 1..100 characters");
        }
        title = cut(title.strip(), 200);
        summary = summary == null ? null : cut(summary.strip(), 500);
        recipients = recipients == null ? Recipients.allOwners() : recipients;
        templateData = Map.copyOf(templateData);
    }

    public static PushRequest of(String scene, String refType, Long refId, String title, String summary, String link,
                                 Map<String, String> templateData, Recipients recipients) {
        return new PushRequest(scene, refType, refId, title, summary, link, templateData, recipients, null, false, null, null, null);
    }

    public PushRequest scheduledAt(LocalDateTime at) {
        return new PushRequest(scene, refType, refId, title, summary, link, templateData, recipients, at, urgent, dedupKey, createdBy, county);
    }

    public PushRequest urgent(boolean on) {
        return new PushRequest(scene, refType, refId, title, summary, link, templateData, recipients, scheduledAt, on, dedupKey, createdBy, county);
    }

    public PushRequest dedupKey(String key) {
        return new PushRequest(scene, refType, refId, title, summary, link, templateData, recipients, scheduledAt, urgent, key, createdBy, county);
    }

    public PushRequest createdBy(Long userId) {
        return new PushRequest(scene, refType, refId, title, summary, link, templateData, recipients, scheduledAt, urgent, dedupKey, userId, county);
    }

    public PushRequest county(String division) {
        return new PushRequest(scene, refType, refId, title, summary, link, templateData, recipients, scheduledAt, urgent, dedupKey, createdBy, division);
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("push request needs " + name);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
