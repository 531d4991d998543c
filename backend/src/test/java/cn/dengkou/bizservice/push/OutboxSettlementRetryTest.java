package cn.dengkou.bizservice.push;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A settle that loses a deadlock is rolled back and runs again: WeChat's answer is never dropped. */
class OutboxSettlementRetryTest {

    final PushOutboxMapper outbox = mock(PushOutboxMapper.class);
    final PushTaskMapper tasks = mock(PushTaskMapper.class);
    final SubscriptionQuotaMapper quotas = mock(SubscriptionQuotaMapper.class);
    final SendThrottle throttle = mock(SendThrottle.class);
    final PlatformTransactionManager txManager = mock(PlatformTransactionManager.class);
    final OutboxSettlement settlement;
    final OutboxClaims.Claimed claimed;

    OutboxSettlementRetryTest() {
        when(txManager.getTransaction(any())).thenAnswer(i -> new SimpleTransactionStatus());
        settlement = new OutboxSettlement(outbox, tasks, quotas, throttle, new PushProperties("", 0, null),
                Clock.systemDefaultZone(), txManager);
        PushOutboxRow row = new PushOutboxRow();
        row.setId(7);
        row.setTaskId(3);
        row.setUserId(11);
        row.setOpenid("sim-openid-x");
        row.setAttempts(0);
        claimed = new OutboxClaims.Claimed(row, new OutboxClaims.Job(3, "tpl", null, Map.of("thing1", "x")),
                LocalDateTime.now().plusMinutes(2));
    }

    @Test
    void aDeadlockedSettleRunsAgain() {
        when(outbox.settle(eq(7L), eq("me"), eq(OutboxStatus.SENT), any(), any(), anyInt(), any()))
                .thenThrow(new DeadlockLoserDataAccessException("deadlock", null))
                .thenReturn(1);

        settlement.settle(claimed, 0, "me", new HashSet<>());

        verify(outbox, times(2)).settle(eq(7L), eq("me"), eq(OutboxStatus.SENT), any(), any(), anyInt(), any());
        verify(txManager, times(1)).rollback(any());
        verify(txManager, times(1)).commit(any());
    }

    @Test
    void aRefusedSendIsRefundedOnceAfterADeadlock() {
        when(outbox.settle(eq(7L), eq("me"), eq(OutboxStatus.FAILED), any(), any(), anyInt(), any()))
                .thenReturn(1);
        when(quotas.refund(anyLong(), anyString(), any()))
                .thenThrow(new DeadlockLoserDataAccessException("deadlock", null))
                .thenReturn(1);

        settlement.settle(claimed, 40003, "me", new HashSet<>());

        verify(quotas, times(2)).refund(eq(11L), eq("tpl"), any()); // the first one was rolled back with its row move
        verify(txManager, times(1)).commit(any());
    }

    @Test
    void aSettleThatKeepsLosingGivesUp() {
        when(outbox.settle(anyLong(), anyString(), any(), any(), any(), anyInt(), any()))
                .thenThrow(new DeadlockLoserDataAccessException("deadlock", null));

        assertThatThrownBy(() -> settlement.settle(claimed, 0, "me", new HashSet<>()))
                .isInstanceOf(DeadlockLoserDataAccessException.class);
        verify(outbox, times(5)).settle(anyLong(), anyString(), any(), any(), any(), anyInt(), any());
    }
}
