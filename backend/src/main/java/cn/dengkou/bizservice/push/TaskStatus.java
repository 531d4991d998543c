package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.common.StatusMove;
import cn.dengkou.bizservice.common.StatusMoves;

import java.util.Set;

/** A push task's life; like {@link OutboxStatus}, every move is a conditional update ({@code PushTaskMapper.move}). */
enum TaskStatus {
    /** Created, waiting for scheduled_at; nothing enqueued yet. */
    PENDING,
    /** Inbox written, outbox rows being sent. */
    RUNNING,
    DONE,
    CANCELLED,
    /** A configuration error (bad template or page, capability banned): staff must look before it resumes. */
    PAUSED;

    /** Every allowed move: from-set → to. */
    static final StatusMoves<TaskStatus> MOVES = StatusMoves.of(
            StatusMove.of(Set.of(PENDING, PAUSED), RUNNING),
            StatusMove.of(Set.of(RUNNING), DONE),
            StatusMove.of(Set.of(RUNNING), PAUSED),
            StatusMove.of(Set.of(PENDING, RUNNING, PAUSED), CANCELLED));

    boolean canMoveTo(TaskStatus next) {
        return MOVES.allows(this, next);
    }

    static Set<TaskStatus> from(TaskStatus to) {
        return MOVES.into(to).from();
    }
}
