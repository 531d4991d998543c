package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.common.TimeConfig;
import cn.dengkou.bizservice.wechat.WechatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Applies WeChat's answer to a claimed row ({@link ErrcodePolicy}): its new status and what the
 * ledger owes, in one transaction, conditional on the claim still being this instance's.
 */
@Component
class OutboxSettlement {

    private static final Logger log = LoggerFactory.getLogger(OutboxSettlement.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final int LOCK_ATTEMPTS = 5;

    private final PushOutboxMapper outbox;
    private final PushTaskMapper tasks;
    private final SubscriptionQuotaMapper quotas;
    private final SendThrottle throttle;
    private final PushProperties.Dispatcher cfg;
    private final Clock clock;
    private final TransactionTemplate tx;

    OutboxSettlement(PushOutboxMapper outbox, PushTaskMapper tasks, SubscriptionQuotaMapper quotas, SendThrottle throttle,
                     PushProperties props, Clock clock, PlatformTransactionManager txManager) {
        this.outbox = outbox;
        this.tasks = tasks;
        this.quotas = quotas;
        this.throttle = throttle;
        this.cfg = props.dispatcher();
        this.clock = clock;
        this.tx = new TransactionTemplate(txManager);
    }

    /** Not sent after all (task paused, sending halted, lease nearly over): back to the queue, the attempt undone. */
    void putBack(OutboxClaims.Claimed c, String instanceId) {
        LocalDateTime now = LocalDateTime.now(clock);
        retryOnLockLoss(() -> outbox.settle(c.row().getId(), instanceId, OutboxStatus.QUEUED, null, now, -1, now));
    }

    /**
     * Rows WeChat accepted, settled together: SENT touches no quota (it was spent at the claim), so
     * one conditional UPDATE does. Returns how many were still this instance's claim.
     */
    int settleSent(List<OutboxClaims.Claimed> sent, String instanceId) {
        if (sent.isEmpty()) {
            return 0;
        }
        // sorted: concurrent settlers lock rows in the same order
        List<Long> ids = sent.stream().map(c -> c.row().getId()).sorted().toList();
        int moved = retryOnLockLoss(() -> outbox.settleSent(ids, instanceId, LocalDateTime.now(clock)));
        if (moved < sent.size()) {
            log.warn("push: {} of {} sent rows lost their claim before they were settled; they stay UNKNOWN",
                    sent.size() - moved, sent.size());
        }
        return moved;
    }

    /**
     * @param paused tasks paused during this batch; their rows still in hand are put back, not sent
     */
    void settle(OutboxClaims.Claimed c, int errcode, String instanceId, Set<Long> paused) {
        ErrcodePolicy policy = ErrcodePolicy.of(errcode);
        LocalDateTime now = LocalDateTime.now(clock);
        long userId = c.row().getUserId();
        long taskId = c.job().taskId();
        String template = c.job().templateId();
        Integer code = errcode == 0 ? null : errcode;
        int attempts = c.row().getAttempts() + 1;
        retryOnLockLoss(() -> tx.execute(s -> {
            switch (policy) {
                case SENT -> move(c, instanceId, OutboxStatus.SENT, null, now, 0, now);
                case UNKNOWN -> move(c, instanceId, OutboxStatus.UNKNOWN, code, now, 0, now);
                case NO_QUOTA -> {
                    if (move(c, instanceId, OutboxStatus.NO_QUOTA, code, now, 0, now)) {
                        quotas.zero(userId, template, now);
                    }
                }
                case DROP -> {
                    // WeChat refused it, so the user's subscription was not used up
                    if (move(c, instanceId, OutboxStatus.FAILED, code, now, 0, now)) {
                        quotas.refund(userId, template, now);
                        if (errcode == WechatException.INVALID_OPENID && outbox.flagInvalidOpenid(userId, now) == 1) {
                            log.warn("push: WeChat refused the openid of user {} (40003); no subscribe messages "
                                    + "to them until they log in again", userId);
                        }
                    }
                }
                case RETRY -> {
                    if (attempts < cfg.maxAttempts()) {
                        move(c, instanceId, OutboxStatus.QUEUED, code, now.plus(backoff(attempts)), 0, now);
                    } else if (move(c, instanceId, OutboxStatus.DEAD, code, now, 0, now)) {
                        quotas.refund(userId, template, now);
                        log.warn("push row {} of task {} is DEAD after {} attempts, errcode {}", c.row().getId(), taskId,
                                attempts, errcode);
                    }
                }
                case PAUSE_TASK -> {
                    paused.add(taskId);
                    // the row is not at fault: the attempt does not count toward DEAD
                    move(c, instanceId, OutboxStatus.QUEUED, code, now, -1, now);
                    if (tasks.pause(taskId, "errcode " + errcode, now)) {
                        log.error("ALERT push task {} paused: WeChat answered errcode {} (template id, page or subscribe "
                                + "capability); fix the configuration, then resume the task", taskId, errcode);
                    }
                }
                case HOLD_UNTIL_TOMORROW -> {
                    LocalDateTime tomorrow = now.toLocalDate().plusDays(1).atStartOfDay();
                    move(c, instanceId, OutboxStatus.HELD, code, tomorrow, -1, now);
                    haltUntil(tomorrow, "daily quota (45009)");
                }
                case HOLD_UNTIL_NEXT_MINUTE -> {
                    LocalDateTime nextMinute = now.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
                    move(c, instanceId, OutboxStatus.QUEUED, code, nextMinute, -1, now);
                    haltUntil(nextMinute, "minute quota (45011)");
                }
            }
            return null;
        }));
        log.debug("push row {} openid {} errcode {} -> {}", c.row().getId(), c.row().getOpenid(), errcode, policy);
    }

    /**
     * A settlement that loses a deadlock was rolled back whole, and every change in it is conditional
     * on the row still being CLAIMED by this instance, so running it again is safe. Giving up would
     * leave a row that did go out to turn UNKNOWN.
     */
    private static <T> T retryOnLockLoss(Supplier<T> settlement) {
        return LockRaces.retry("settlement", LOCK_ATTEMPTS, settlement);
    }

    private boolean move(OutboxClaims.Claimed c, String instanceId, OutboxStatus to, Integer errcode,
                         LocalDateTime nextAt, int attemptDelta, LocalDateTime now) {
        OutboxStatus.check(OutboxStatus.CLAIMED, to);
        boolean moved = outbox.settle(c.row().getId(), instanceId, to, errcode, nextAt, attemptDelta, now) == 1;
        if (!moved) {
            log.warn("push row {} lost its claim before it was settled as {}; it stays UNKNOWN", c.row().getId(), to);
        }
        return moved;
    }

    private Duration backoff(int attempts) {
        Duration d = cfg.retryBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    /** Every instance stops sending until then (the halt lives in Redis). */
    private void haltUntil(LocalDateTime until, String why) {
        long untilMs = until.atZone(TimeConfig.ZONE).toInstant().toEpochMilli();
        if (throttle.haltedUntil() < untilMs) {
            log.warn("push: WeChat {} reached; all sending waits until {}", why, until);
        }
        throttle.haltUntil(untilMs, clock.millis());
    }
}
