package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.audit.AuditTrail;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** What the shared audit trail records about a notice, and how the notice's own audit endpoint shows it. */
final class NoticeAuditTrail {

    /** What happened. CREATE and UPDATE are "writing": their actors may not approve the notice. */
    enum Action {
        CREATE, UPDATE, SUBMIT, APPROVE, REJECT, PUBLISH, SCHEDULE, RELEASE, WITHDRAW;

        static final Set<Action> WRITING = EnumSet.of(CREATE, UPDATE);
    }

    /** One entry of {@code GET /admin/notices/{id}/audit}; {@code actorId} null for the release job. */
    @Schema(name = "NoticeAuditEntry") // "Entry" alone collided with the dictionaries' entry in openapi.json
    record Entry(long id, @Schema(nullable = true) Long actorId, String action, Map<String, Object> changes,
                 LocalDateTime at) {

        static Entry of(AuditTrail.Entry e) {
            return new Entry(e.id(), e.actorId(), e.action(), e.detail(), e.at());
        }
    }

    private NoticeAuditTrail() {
    }
}
