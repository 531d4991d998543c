package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.StatusMove;

import java.util.EnumSet;
import java.util.Set;

import static cn.dengkou.bizservice.notice.NoticeStatus.APPROVED;
import static cn.dengkou.bizservice.notice.NoticeStatus.DRAFT;
import static cn.dengkou.bizservice.notice.NoticeStatus.IN_REVIEW;
import static cn.dengkou.bizservice.notice.NoticeStatus.PUBLISHED;
import static cn.dengkou.bizservice.notice.NoticeStatus.SCHEDULED;
import static cn.dengkou.bizservice.notice.NoticeStatus.WITHDRAWN;

/**
 * Every allowed status change of a notice. Each database update is conditional on {@link #from}
 * ({@code … WHERE id = ? AND status IN (…)}, {@code NoticeMapper.transition}), so two racing requests or
 * instances cannot both win. Editing is not a transition: it is allowed in DRAFT only.
 */
public enum NoticeTransition implements StatusMove<NoticeStatus> {
    /** The author (or a colleague) asks for a second pair of eyes. */
    SUBMIT(EnumSet.of(DRAFT), IN_REVIEW),
    /** A staff member other than the author approves; the notice may then push to any audience. */
    APPROVE(EnumSet.of(IN_REVIEW), APPROVED),
    /** Back to the author for changes (also undoes an approval: the content is about to change). */
    REJECT(EnumSet.of(IN_REVIEW, APPROVED), DRAFT),
    /**
     * Published now. From DRAFT only when no approval is needed (no push, or a push audience within
     * the review threshold); the service checks that before it moves.
     */
    PUBLISH(EnumSet.of(DRAFT, APPROVED), PUBLISHED),
    /** Published later, at scheduled_at; the same rule as PUBLISH. */
    SCHEDULE(EnumSet.of(DRAFT, APPROVED), SCHEDULED),
    /** The scheduled time has come (the release job). */
    RELEASE(EnumSet.of(SCHEDULED), PUBLISHED),
    /** Taken down; a scheduled notice never appears. */
    WITHDRAW(EnumSet.of(PUBLISHED, SCHEDULED), WITHDRAWN);

    private final Set<NoticeStatus> from;
    private final NoticeStatus to;

    NoticeTransition(Set<NoticeStatus> from, NoticeStatus to) {
        this.from = Set.copyOf(from);
        this.to = to;
    }

    @Override
    public Set<NoticeStatus> from() {
        return from;
    }

    @Override
    public NoticeStatus to() {
        return to;
    }
}
