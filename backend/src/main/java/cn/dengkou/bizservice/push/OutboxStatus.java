package cn.dengkou.bizservice.push;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of one subscribe message, and every move it may make. The database update that makes a
 * move is always conditional on the current status, so of two instances only one can make it.
 */
enum OutboxStatus {
    /** Waiting for a dispatcher (next_attempt_at says from when). */
    QUEUED,
    /** Waiting out quiet hours or WeChat's daily quota until next_attempt_at. */
    HELD,
    /** Taken by one instance until lease_until; the attempt is already counted. */
    CLAIMED,
    SENT,
    /** The user owes us no send (ledger at 0, or WeChat said 43101). */
    NO_QUOTA,
    /** WeChat refused it for good (bad openid, bad field, sensitive word). */
    FAILED,
    /** Retryable errors until attempts ran out. */
    DEAD,
    /** It may or may not have reached the user (timeout, or its instance died): never sent again. */
    UNKNOWN,
    CANCELLED;

    private static final Map<OutboxStatus, Set<OutboxStatus>> MOVES = Map.of(
            QUEUED, EnumSet.of(CLAIMED, NO_QUOTA, HELD, CANCELLED),
            HELD, EnumSet.of(QUEUED, CANCELLED),
            CLAIMED, EnumSet.of(SENT, NO_QUOTA, FAILED, DEAD, UNKNOWN, QUEUED, HELD));

    static final Set<OutboxStatus> OPEN = EnumSet.of(QUEUED, HELD, CLAIMED);

    boolean canMoveTo(OutboxStatus next) {
        return MOVES.getOrDefault(this, Set.of()).contains(next);
    }

    /** Guards every status update: a move the table does not list is a bug, not a race. */
    static void check(OutboxStatus from, OutboxStatus to) {
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException("outbox row cannot move " + from + " -> " + to);
        }
    }
}
