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
    private final ExecutorService senders;
    private volatile ScheduledExecutorService poller;

    @Autowired
    PushDispatcher(PushTaskMapper tasks, PushOutboxMapper outbox, PushTasks pushTasks, OutboxClaims claims,
                   OutboxSettlement settlement, WechatClient wechat, SendThrottle throttle, PushProperties props,
                   Clock clock) {
        this(tasks, outbox, pushTasks, claims, settlement, wechat, throttle, props, clock, defaultInstanceId());
    }

    /** A second instance in one JVM (tests): its own id and senders, the same database and Redis. */
    PushDispatcher(PushTaskMapper tasks, PushOutboxMapper outbox, PushTasks pushTasks, OutboxClaims claims,
                   OutboxSettlement settlement, WechatClient wechat, SendThrottle throttle, PushProperties props,
                   Clock clock, String instanceId) {
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
        int claimed = 0;
        if (!halted()) {
            List<OutboxClaims.Claimed> batch = claims.claim(now, instanceId, cfg.batchSize(), cfg.lease());
            claimed = batch.size();
            sendAll(batch);
        }
        housekeeping(() -> {
            int done = tasks.finishDone(now());
            if (done > 0) {
                log.info("push: {} tasks done", done);
            }
        });
        return claimed;
    }

    /**
     * Set-wide upkeep that every instance's next round repeats, so losing a deadlock to another
     * instance doing the same is harmless: skip it, don't fail the round.
     */
    private static void housekeeping(Runnable step) {
        try {
            step.run();
        } catch (PessimisticLockingFailureException e) {
            log.debug("push: upkeep lost a lock race to another instance; the next round repeats it");
        }
    }

    /** Rounds until one claims nothing: for tests and the benchmark. */
    public int drain() {
        int total = 0;
        for (int n = runOnce(); n > 0; n = runOnce()) {
            total += n;
        }
        return total;
    }

    private void sendAll(List<OutboxClaims.Claimed> batch) {
        Set<Long> paused = ConcurrentHashMap.newKeySet();
        List<Future<?>> running = new ArrayList<>(batch.size());
        for (OutboxClaims.Claimed c : batch) {
            running.add(senders.submit(() -> sendOne(c, paused)));
        }
        for (Future<?> f : running) {
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

    private void sendOne(OutboxClaims.Claimed c, Set<Long> paused) {
        try {
            if (paused.contains(c.job().taskId()) || halted()) {
                settlement.putBack(c, instanceId);
                return;
            }
            throttle.acquire();
            if (!now().isBefore(c.leaseUntil().minus(leaseMargin))) {
                settlement.putBack(c, instanceId);
                return;
            }
            int errcode = 0;
            try {
                wechat.sendSubscribe(c.row().getOpenid(), c.job().templateId(), c.job().link(), c.job().data());
            } catch (WechatException e) {
                errcode = e.errcode();
            }
            settlement.settle(c, errcode, instanceId, paused);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // left CLAIMED: when its lease ends it becomes UNKNOWN, since it may have gone out
            log.error("push row {} could not be settled", c.row().getId(), e);
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
                runOnce();
            } catch (RuntimeException e) {
                log.error("push dispatcher round failed", e);
            }
        }
    }

    /** Lets the round in progress settle its rows, so a normal shutdown leaves nothing UNKNOWN. */
    @Override
    public void stop() {
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
