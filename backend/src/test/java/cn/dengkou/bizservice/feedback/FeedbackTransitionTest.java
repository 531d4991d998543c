package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.StatusMoves;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static cn.dengkou.bizservice.feedback.FeedbackStatus.ASSIGNED;
import static cn.dengkou.bizservice.feedback.FeedbackStatus.CLOSED;
import static cn.dengkou.bizservice.feedback.FeedbackStatus.REOPENED;
import static cn.dengkou.bizservice.feedback.FeedbackStatus.REPLIED;
import static cn.dengkou.bizservice.feedback.FeedbackStatus.RESOLVED;
import static cn.dengkou.bizservice.feedback.FeedbackStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

/** The one table of moves: exactly these (from, to) pairs are allowed, every other pair is refused. */
class FeedbackTransitionTest {

    private static final Map<FeedbackStatus, Set<FeedbackStatus>> ALLOWED = Map.of(
            SUBMITTED, EnumSet.of(ASSIGNED),
            ASSIGNED, EnumSet.of(ASSIGNED, REPLIED, RESOLVED),
            REPLIED, EnumSet.of(ASSIGNED, REPLIED, RESOLVED),
            REOPENED, EnumSet.of(ASSIGNED, REPLIED, RESOLVED),
            RESOLVED, EnumSet.of(REOPENED, CLOSED),
            CLOSED, EnumSet.noneOf(FeedbackStatus.class));

    @Test
    void everyPairIsAllowedOrRefusedAsTheTableSays() {
        StatusMoves<FeedbackStatus> moves = FeedbackTransition.MOVES;
        for (FeedbackStatus from : FeedbackStatus.values()) {
            for (FeedbackStatus to : FeedbackStatus.values()) {
                assertThat(moves.allows(from, to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void eachNamedMoveStartsWhereTheStatusesSay() {
        assertThat(FeedbackTransition.ASSIGN.fromNames()).containsExactly("SUBMITTED");
        assertThat(FeedbackTransition.RATE.from()).containsExactly(RESOLVED);
        assertThat(FeedbackTransition.REOPEN.allowedFrom(CLOSED)).as("a rated ticket stays closed").isFalse();
    }
}
