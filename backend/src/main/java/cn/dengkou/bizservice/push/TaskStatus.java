package cn.dengkou.bizservice.push;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A push task's life; like {@link OutboxStatus}, every move is a conditional update. */
enum TaskStatus {
    /** Created, waiting for scheduled_at; nothing enqueued yet. */
    PENDING,
    /** Inbox written, outbox rows being sent. */
    RUNNING,
    DONE,
    CANCELLED,
    /** A configuration error (bad template or page, capability banned): staff must look before it resumes. */
    PAUSED;

    private static final Map<TaskStatus, Set<TaskStatus>> MOVES = Map.of(
            PENDING, EnumSet.of(RUNNING, CANCELLED),
            RUNNING, EnumSet.of(DONE, PAUSED, CANCELLED),
            PAUSED, EnumSet.of(RUNNING, CANCELLED));

    boolean canMoveTo(TaskStatus next) {
        return MOVES.getOrDefault(this, Set.of()).contains(next);
    }

    static Set<TaskStatus> from(TaskStatus to) {
        Set<TaskStatus> s = EnumSet.noneOf(TaskStatus.class);
        for (TaskStatus t : values()) {
            if (t.canMoveTo(to)) {
                s.add(t);
            }
        }
        return s;
    }
}
