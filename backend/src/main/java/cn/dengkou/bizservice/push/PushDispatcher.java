package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.wechat.WechatClient;
import cn.dengkou.bizservice.wechat.WechatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Sends the outbox. Any number of instances may run it on one database and Redis: rows are claimed
 * under a lease ({@link OutboxClaims}), sent at the global rate, and settled by an update
 * conditional on the claim ({@link OutboxSettlement}). It polls on its own thread (not the shared
 * {@code @Scheduled} one) so a slow, rate-limited round never delays the app's other jobs.
 */
@Component
public class PushDispatcher implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PushDispatcher.class);
    /**
     * A row whose lease has less than this left (or half the lease, when that is shorter) is put back
     * instead of sent: its settle must land in time.
     */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(10);
    /** Accepted sends settled per UPDATE at most. */
    private static final int SETTLE_EVERY = 50;

    private final PushTaskMapper tasks;
    private final PushOutboxMapper outbox;
    private final PushTasks pushTasks;
    private final OutboxClaims claims;
    private final OutboxSettlement settlement;
    private final WechatClient wechat;
    private final SendThrottle throttle;
    private final PushProperties.Dispatcher cfg;
    private final Clock clock;
    private final String instanceId;
    private final Duration leaseMargin;
    private final AtomicBoolean polling;
    private final Object pollRound = new Object();
    private volatile boolean stopping;
    private final TransactionTemplate upkeepTx;
    private final ExecutorService senders;
    private volatile ScheduledExecutorService poller;

    @Autowired
    PushDispatcher(PushTaskMapper tasks, PushOutboxMapper outbox, PushTasks pushTasks, OutboxClaims claims,
                   OutboxSettlement settlement, WechatClient wechat, SendThrottle throttle, PushProperties props,
                   Clock clock, PlatformTransactionManager txManager) {
        this(tasks, outbox, pushTasks, claims, settlement, wechat, throttle, props, clock, txManager, defaultInstanceId());
    }

    /** A second instance in one JVM (tests): its own id and senders, the same database and Redis. */
    PushDispatcher(PushTaskMapper tasks, PushOutboxMapper outbox, PushTasks pushTasks, OutboxClaims claims,
                   OutboxSettlement settlement, WechatClient wechat, SendThrottle throttle, PushProperties props,
                   Clock clock, PlatformTransactionManager txManager, String instanceId) {
        this.tasks = tasks;
        this.outbox = outbox;
        this.pushTasks = pushTasks;
        this.claims = claims;
        this.settlement = settlement;
        this.wechat = wechat;
        this.throttle = throttle;
        this.cfg = props.dispatcher();
        this.clock = clock;
        this.instanceId = instanceId;
        // with a lease of 10 s or less the fixed margin would put every claimed row back, round after round
        Duration half = cfg.lease().dividedBy(2);
        this.leaseMargin = half.compareTo(LEASE_MARGIN) < 0 ? half : LEASE_MARGIN;
        this.polling = new AtomicBoolean(cfg.enabled());
        this.upkeepTx = new TransactionTemplate(txManager);
        this.upkeepTx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        AtomicInteger n = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(cfg.threads(), r -> {
            Thread t = new Thread(r, "push-send-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private static String defaultInstanceId() {
        String id = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() <= 64 ? id : id.substring(id.length() - 64);
    }

    /**
     * Turns this instance's poller on or off ({@code app.push.dispatcher.enabled} is the start value;
     * tests drive {@link #runOnce()} themselves). Turning it off waits for a round in progress.
     */
    public void setPolling(boolean on) {
        polling.set(on);
        synchronized (pollRound) {
            // nothing: only waits for a round that started before the flag changed
        }
    }

    public boolean isPolling() {
        return polling.get();
    }

    /**
     * One round: expire dead leases, start due scheduled tasks, release held rows, then claim, send
     * and settle one batch. Returns the number of rows claimed in this round.
     */
    public int runOnce() {
        Round round = startRound();
        round.await();
        finishDoneTasks();
        return round.claimed();
    }

    /**
     * Rounds until one claims nothing. The next batch is claimed while the previous one is being
     * sent, so the senders never wait for the claim; at most two batches are in hand at a time.
     */
    public int drain() {
        return drain(() -> !stopping);
    }

    private int drain(BooleanSupplier goOn) {
        int total = 0;
        Round previous = null;
        while (true) {
            Round round = startRound();
            if (previous != null) {
                previous.await();
                finishDoneTasks();
            }
            total += round.claimed();
            if (round.claimed() == 0 || !goOn.getAsBoolean()) {
                round.await();
                finishDoneTasks();
                return total;
            }
            previous = round;
        }
    }

    private Round startRound() {
        LocalDateTime now = now();
        housekeeping(() -> {
            int expired = outbox.expireLeases(now);
            if (expired > 0) {
                log.warn("push: {} claimed rows outlived their lease (instance gone?) and are now UNKNOWN, never resent", expired);
            }
        });
        for (Long taskId : tasks.dueScheduled(now, 20)) {
            pushTasks.start(taskId);
        }
        housekeeping(() -> outbox.releaseHeld(now, 10_000));
        if (halted()) {
            return Round.EMPTY;
        }
        List<OutboxClaims.Claimed> batch = claimBatch(now);
        return new Round(batch.size(), sendAll(batch));
    }

    /** A claim that loses a deadlock was rolled back whole (recipients unlocked too): claim again. */
    private List<OutboxClaims.Claimed> claimBatch(LocalDateTime now) {
        return LockRaces.retry("claim", 3, () -> claims.claim(now, instanceId, cfg.batchSize(), cfg.lease()));
    }

    private void finishDoneTasks() {
        housekeeping(() -> {
            int done = tasks.finishDone(now());
            if (done > 0) {
                log.info("push: {} tasks done", done);
            }
        });
    }

    /** A claimed batch being sent. */
    private record Round(int claimed, List<Future<?>> shares) {

        static final Round EMPTY = new Round(0, List.of());

        void await() {
            for (Future<?> f : shares) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    log.error("push: a send failed unexpectedly", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Set-wide upkeep that every instance's next round repeats, so losing a deadlock to another
     * instance doing the same is harmless: skip it, don't fail the round. READ COMMITTED: the
     * statements read past rows the senders are settling instead of locking ranges against them.
     */
    private void housekeeping(Runnable step) {
        try {
            upkeepTx.executeWithoutResult(s -> step.run());
        } catch (PessimisticLockingFailureException e) {
            log.debug("push: upkeep lost a lock race to another instance; the next round repeats it");
        }
    }

    /**
     * Spreads the batch over the sender threads. Each thread sends its share one by one and settles
     * the accepted ones together (every {@link #SETTLE_EVERY} and at the end): a send costs one HTTP
     * call, not also a transaction. Rows sent but not yet settled are still CLAIMED, so a crash turns
     * them UNKNOWN like any other send in flight.
     */
    private List<Future<?>> sendAll(List<OutboxClaims.Claimed> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Set<Long> paused = ConcurrentHashMap.newKeySet();
        int shares = Math.min(cfg.threads(), batch.size());
        List<Future<?>> running = new ArrayList<>(shares);
        for (int i = 0; i < shares; i++) {
            List<OutboxClaims.Claimed> share = new ArrayList<>(batch.size() / shares + 1);
            for (int j = i; j < batch.size(); j += shares) {
                share.add(batch.get(j));
            }
            running.add(senders.submit(() -> sendShare(share, paused)));
        }
        return running;
    }

    private void sendShare(List<OutboxClaims.Claimed> share, Set<Long> paused) {
        List<OutboxClaims.Claimed> sent = new ArrayList<>(SETTLE_EVERY);
        boolean halted = halted();
        int i = 0;
        try {
            for (; i < share.size(); i++) {
                OutboxClaims.Claimed c = share.get(i);
                if (halted || paused.contains(c.job().taskId())) {
                    putBack(c);
                    continue;
                }
                throttle.acquire();
                if (!now().isBefore(c.leaseUntil().minus(leaseMargin))) {
                    putBack(c);
                    continue;
                }
                int errcode = send(c);
                if (errcode == 0) {
                    sent.add(c);
                    if (sent.size() >= SETTLE_EVERY) {
                        settleSent(sent);
                    }
                } else {
                    settleOne(c, errcode, paused);
                    halted = halted();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // shutting down: what was not sent goes back to the queue
            for (int j = i; j < share.size(); j++) {
                putBack(share.get(j));
            }
        } finally {
            settleSent(sent);
        }
    }

    private int send(OutboxClaims.Claimed c) {
        try {
            wechat.sendSubscribe(c.row().getOpenid(), c.job().templateId(), c.job().link(), c.job().data());
            return 0;
        } catch (WechatException e) {
            return e.errcode();
        }
    }

    private void settleSent(List<OutboxClaims.Claimed> sent) {
        if (sent.isEmpty()) {
            return;
        }
        try {
            settlement.settleSent(sent, instanceId);
        } catch (RuntimeException e) {
            // left CLAIMED: when their lease ends they become UNKNOWN, since they did go out
            log.error("push: {} sent rows could not be settled", sent.size(), e);
        } finally {
            throttle.unlockRecipients(sent.stream().map(c -> c.row().getUserId()).toList(), instanceId);
            sent.clear();
        }
    }

    private void settleOne(OutboxClaims.Claimed c, int errcode, Set<Long> paused) {
        try {
            settlement.settle(c, errcode, instanceId, paused);
        } catch (RuntimeException e) {
            log.error("push row {} could not be settled", c.row().getId(), e);
        } finally {
            throttle.unlockRecipient(c.row().getUserId(), instanceId);
        }
    }

    private void putBack(OutboxClaims.Claimed c) {
        try {
            settlement.putBack(c, instanceId);
        } catch (RuntimeException e) {
            log.error("push row {} could not be put back", c.row().getId(), e);
        } finally {
            throttle.unlockRecipient(c.row().getUserId(), instanceId);
        }
    }

    /** After 45009 / 45011 every instance waits (the halt lives in Redis). */
    private boolean halted() {
        return throttle.haltedUntil() > clock.millis();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // ---- lifecycle: the poller thread --------------------------------------------------------

    @Override
    public void start() {
        stopping = false;
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "push-dispatcher");
            t.setDaemon(true);
            return t;
        });
        s.scheduleWithFixedDelay(this::poll, cfg.pollMillis(), cfg.pollMillis(), TimeUnit.MILLISECONDS);
        poller = s;
    }

    private void poll() {
        synchronized (pollRound) {
            if (!polling.get()) {
                return;
            }
            try {
                drain(() -> polling.get() && !stopping);
            } catch (RuntimeException e) {
                log.error("push dispatcher round failed", e);
            }
        }
    }

    /** Lets the round in progress settle its rows, so a normal shutdown leaves nothing UNKNOWN. */
    @Override
    public void stop() {
        stopping = true;
        ScheduledExecutorService s = poller;
        poller = null;
        if (s == null) {
            return;
        }
        s.shutdown();
        try {
            if (!s.awaitTermination(cfg.lease().toSeconds(), TimeUnit.SECONDS)) {
                s.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }

    @Override
    public void destroy() {
        senders.shutdown();
    }
}
