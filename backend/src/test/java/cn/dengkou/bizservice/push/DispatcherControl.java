package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;

import java.time.OffsetDateTime;

/**
 * Puts the shared context's push machinery into the state a dispatcher test needs, and back after it:
 * the test drives the dispatcher itself, nothing limits or halts sending, the simulator starts clean,
 * and the clock stands at 10:00 on a weekday (outside quiet hours).
 */
final class DispatcherControl {

    private final PushDispatcher dispatcher;
    private final SendThrottle throttle;
    private final MutableClock clock;
    private final WechatSimulator sim = WechatSimulator.shared();
    private int rate;

    DispatcherControl(PushDispatcher dispatcher, SendThrottle throttle, MutableClock clock) {
        this.dispatcher = dispatcher;
        this.throttle = throttle;
        this.clock = clock;
    }

    void takeOver() {
        dispatcher.setPolling(false);
        sim.reset();
        rate = throttle.ratePerSecond();
        throttle.setRatePerSecond(0);
        throttle.clearHalt();
        clock.setInstant(OffsetDateTime.parse("2026-11-26T10:00:00+08:00").toInstant());
        dispatcher.drain(); // rows other tests left due: an injected fault must hit this test's rows
    }

    void handBack() {
        sim.reset();
        throttle.clearHalt();
        throttle.setRatePerSecond(rate);
        clock.reset();
        dispatcher.setPolling(true);
    }
}
