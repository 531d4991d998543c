package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.common.StatusMove;
import cn.dengkou.bizservice.common.StatusMoves;

import java.util.EnumSet;
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

    /** Every allowed move: from-set → to. */
    private static final StatusMoves<OutboxStatus> MOVES = StatusMoves.of(
            StatusMove.of(Set.of(QUEUED), CLAIMED),
            StatusMove.of(Set.of(QUEUED, CLAIMED), NO_QUOTA),
            StatusMove.of(Set.of(QUEUED, CLAIMED), HELD),
            StatusMove.of(Set.of(HELD, CLAIMED), QUEUED),
            StatusMove.of(Set.of(QUEUED, HELD), CANCELLED),
            StatusMove.of(Set.of(CLAIMED), SENT),
            StatusMove.of(Set.of(CLAIMED), FAILED),
            StatusMove.of(Set.of(CLAIMED), DEAD),
            StatusMove.of(Set.of(CLAIMED), UNKNOWN));

    static final Set<OutboxStatus> OPEN = EnumSet.of(QUEUED, HELD, CLAIMED);

    boolean canMoveTo(OutboxStatus next) {
        return MOVES.allows(this, next);
    }

    /** Guards every status update: a move the table does not list is a bug, not a race. */
    static void check(OutboxStatus from, OutboxStatus to) {
        MOVES.check(from, to);
    }
}
