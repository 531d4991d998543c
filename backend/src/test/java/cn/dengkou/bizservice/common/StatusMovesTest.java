package cn.dengkou.bizservice.common;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A table of moves (from-set → to) answers which moves exist; the race on the database is TaskStatusRaceTest. */
class StatusMovesTest {

    enum Light { RED, GREEN, YELLOW, OFF }

    static final StatusMoves<Light> MOVES = StatusMoves.of(
            StatusMove.of(Set.of(Light.RED), Light.GREEN),
            StatusMove.of(Set.of(Light.GREEN), Light.YELLOW),
            StatusMove.of(Set.of(Light.YELLOW), Light.RED),
            StatusMove.of(Set.of(Light.RED, Light.YELLOW), Light.OFF),
            StatusMove.of(Set.of(Light.GREEN), Light.OFF));

    @Test
    void onlyListedMovesAreAllowed() {
        assertThat(MOVES.allows(Light.RED, Light.GREEN)).isTrue();
        assertThat(MOVES.allows(Light.GREEN, Light.RED)).isFalse();
        assertThat(MOVES.allows(Light.OFF, Light.RED)).as("nothing leaves OFF").isFalse();
        assertThat(MOVES.allows(Light.RED, Light.RED)).isFalse();
        MOVES.check(Light.GREEN, Light.YELLOW);
        assertThatThrownBy(() -> MOVES.check(Light.OFF, Light.GREEN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OFF -> GREEN");
    }

    @Test
    void theMoveIntoAStatusStartsFromEveryRowThatLeadsThere() {
        StatusMove<Light> off = MOVES.into(Light.OFF);
        assertThat(off.to()).isEqualTo(Light.OFF);
        assertThat(off.from()).containsExactlyInAnyOrder(Light.RED, Light.YELLOW, Light.GREEN);
        assertThat(off.fromNames()).containsExactly("GREEN", "RED", "YELLOW");
        assertThat(off.allowedFrom(Light.OFF)).isFalse();
        assertThatThrownBy(() -> off.from().add(Light.OFF))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMoveStartsSomewhereAndOnlyListedTargetsHaveOne() {
        assertThatThrownBy(() -> StatusMove.of(Set.<Light>of(), Light.RED)).isInstanceOf(IllegalArgumentException.class);
        StatusMoves<Light> oneWay = StatusMoves.of(StatusMove.of(Set.of(Light.RED), Light.GREEN));
        assertThatThrownBy(() -> oneWay.into(Light.RED)).isInstanceOf(IllegalArgumentException.class);
    }
}
