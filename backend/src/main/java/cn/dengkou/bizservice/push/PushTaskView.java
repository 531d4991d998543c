package cn.dengkou.bizservice.push;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A task's progress. {@code total} = inbox recipients = {@code noQuota} + every outbox row;
 * {@code failed} = FAILED + DEAD; {@code pending} = rows still QUEUED, HELD or CLAIMED.
 */
public record PushTaskView(long id, String scene, String refType, @Schema(nullable = true) Long refId, String title,
                           String status, @Schema(nullable = true) String pauseReason, boolean urgent,
                           @Schema(nullable = true) LocalDateTime scheduledAt, LocalDateTime createdAt,
                           @Schema(nullable = true) LocalDateTime startedAt,
                           @Schema(nullable = true) LocalDateTime finishedAt, long total, long sent, long failed,
                           long noQuota, long unknown, long cancelled, long pending, Map<String, Long> counts,
                           List<ErrcodeCount> topErrcodes) {

    public record ErrcodeCount(int errcode, long count) {
    }
}
