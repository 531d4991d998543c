package cn.dengkou.bizservice.push;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A task's progress. {@code total} = inbox recipients = {@code noQuota} + every outbox row;
 * {@code failed} = FAILED + DEAD; {@code pending} = rows still QUEUED, HELD or CLAIMED.
 */
public record PushTaskView(long id, String scene, String refType, Long refId, String title, String status,
                           String pauseReason, boolean urgent, LocalDateTime scheduledAt, LocalDateTime createdAt,
                           LocalDateTime startedAt, LocalDateTime finishedAt,
                           long total, long sent, long failed, long noQuota, long unknown, long cancelled,
                           long pending, Map<String, Long> counts, List<ErrcodeCount> topErrcodes) {

    public record ErrcodeCount(int errcode, long count) {
    }
}
