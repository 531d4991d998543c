package cn.dengkou.bizservice.wechat.sim;

import cn.dengkou.bizservice.wechat.WechatException;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The errcodes the simulators of this JVM answered lately, so the test log can tell a WeChat error a test
 * provoked (a fault it injected, a code or openid it made up) from a problem nobody expected
 * ({@code support/SimulatedFaultLevel}).
 */
public final class SimAnswers {

    /** Longer than any retry backoff or settlement a test waits for after the answer. */
    private static final long WINDOW_NANOS = Duration.ofSeconds(60).toNanos();
    private static final Map<Integer, Long> LAST = new ConcurrentHashMap<>();

    private SimAnswers() {
    }

    static void answered(int errcode) {
        if (errcode != 0) {
            LAST.put(errcode, System.nanoTime());
        }
    }

    /**
     * A delay was injected: a caller's timeout ({@link WechatException#TIMEOUT}) and a caller that found
     * no free connection meanwhile ({@link WechatException#NOT_SENT}) are the simulator's doing.
     */
    static void delayed() {
        answered(WechatException.TIMEOUT);
        answered(WechatException.NOT_SENT);
    }

    public static boolean answeredLately(int errcode) {
        Long at = LAST.get(errcode);
        return at != null && System.nanoTime() - at < WINDOW_NANOS;
    }
}
