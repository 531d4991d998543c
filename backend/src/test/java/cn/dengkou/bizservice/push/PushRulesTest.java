package cn.dengkou.bizservice.push;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tables the dispatcher follows: quiet hours, the errcode policy, the allowed status moves. */
class PushRulesTest {

    @Test
    void quietHoursSpanMidnightAndEndAtTheirEnd() {
        QuietHours q = QuietHours.parse("21:00-08:00");
        LocalDateTime evening = LocalDateTime.of(2026, 11, 26, 22, 30);
        assertThat(q.contains(evening)).isTrue();
        assertThat(q.releaseAt(evening)).isEqualTo(LocalDateTime.of(2026, 11, 27, 8, 0));
        LocalDateTime early = LocalDateTime.of(2026, 11, 27, 7, 59);
        assertThat(q.releaseAt(early)).isEqualTo(LocalDateTime.of(2026, 11, 27, 8, 0));
        assertThat(q.contains(LocalDateTime.of(2026, 11, 27, 8, 0))).isFalse();
        assertThat(q.contains(LocalDateTime.of(2026, 11, 26, 20, 59))).isFalse();
        assertThat(q.contains(LocalDateTime.of(2026, 11, 26, 21, 0))).isTrue();
        LocalDateTime noon = LocalDateTime.of(2026, 11, 26, 12, 0);
        assertThat(q.releaseAt(noon)).isEqualTo(noon);
    }

    @Test
    void quietHoursWithinOneDayAndOff() {
        QuietHours lunch = QuietHours.parse("12:00-13:30");
        assertThat(lunch.contains(LocalDateTime.of(2026, 11, 26, 12, 45))).isTrue();
        assertThat(lunch.contains(LocalDateTime.of(2026, 11, 26, 13, 30))).isFalse();
        assertThat(QuietHours.parse("").contains(LocalDateTime.of(2026, 11, 26, 23, 0))).isFalse();
        assertThat(QuietHours.parse(null).isOff()).isTrue();
        assertThatThrownBy(() -> QuietHours.parse("21:00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDispatcherIsOnByDefaultWithSaneLimits() {
        PushProperties.Dispatcher d = new PushProperties(null, 50, null).dispatcher();
        assertThat(d.enabled()).isTrue();
        assertThat(d.batchSize()).isPositive();
        assertThat(d.lease()).isGreaterThan(java.time.Duration.ofSeconds(30));
        assertThat(new PushProperties(null, 50, null).quietHours()).isEqualTo("21:00-08:00");
        assertThat(new PushProperties("", 50, null).quietHours()).isEmpty();
    }

    @Test
    void errcodesMapToTheNotesTable() {
        assertThat(ErrcodePolicy.of(0)).isEqualTo(ErrcodePolicy.SENT);
        assertThat(ErrcodePolicy.of(43101)).isEqualTo(ErrcodePolicy.NO_QUOTA);
        for (int code : new int[]{40003, 47003, 45168}) {
            assertThat(ErrcodePolicy.of(code)).isEqualTo(ErrcodePolicy.DROP);
        }
        for (int code : new int[]{40037, 41030, 43107}) {
            assertThat(ErrcodePolicy.of(code)).isEqualTo(ErrcodePolicy.PAUSE_TASK);
        }
        for (int code : new int[]{-1, 43108, 40001, 42001, 99999}) {
            assertThat(ErrcodePolicy.of(code)).isEqualTo(ErrcodePolicy.RETRY);
        }
        assertThat(ErrcodePolicy.of(45009)).isEqualTo(ErrcodePolicy.HOLD_UNTIL_TOMORROW);
        assertThat(ErrcodePolicy.of(45011)).isEqualTo(ErrcodePolicy.HOLD_UNTIL_NEXT_MINUTE);
        assertThat(ErrcodePolicy.of(-2)).isEqualTo(ErrcodePolicy.UNKNOWN);
        assertThat(ErrcodePolicy.of(-3)).isEqualTo(ErrcodePolicy.UNKNOWN);
        // never left this machine (no connection, no token): sending again cannot duplicate it
        assertThat(ErrcodePolicy.of(cn.dengkou.bizservice.wechat.WechatException.NOT_SENT)).isEqualTo(ErrcodePolicy.RETRY);
    }

    @Test
    void terminalRowsNeverMoveAndUnknownIsNeverRequeued() {
        for (OutboxStatus terminal : new OutboxStatus[]{OutboxStatus.SENT, OutboxStatus.NO_QUOTA, OutboxStatus.FAILED,
                OutboxStatus.DEAD, OutboxStatus.UNKNOWN, OutboxStatus.CANCELLED}) {
            for (OutboxStatus to : OutboxStatus.values()) {
                assertThat(terminal.canMoveTo(to)).as("%s -> %s", terminal, to).isFalse();
            }
        }
        assertThat(OutboxStatus.QUEUED.canMoveTo(OutboxStatus.SENT)).as("only a claimed row is sent").isFalse();
        assertThatThrownBy(() -> OutboxStatus.check(OutboxStatus.HELD, OutboxStatus.CLAIMED))
                .isInstanceOf(IllegalStateException.class);
        assertThat(TaskStatus.from(TaskStatus.CANCELLED)).containsExactlyInAnyOrder(
                TaskStatus.PENDING, TaskStatus.RUNNING, TaskStatus.PAUSED);
        assertThat(TaskStatus.DONE.canMoveTo(TaskStatus.RUNNING)).isFalse();
    }
}
