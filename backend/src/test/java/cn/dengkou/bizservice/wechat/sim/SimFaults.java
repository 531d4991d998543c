package cn.dengkou.bizservice.wechat.sim;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Faults injected per path: the next N calls fail, a random share fails, or every call is slow. */
final class SimFaults {

    private record Next(int errcode, AtomicInteger left) {
    }

    private record Share(int errcode, double share) {
    }

    private final Map<String, Next> next = new ConcurrentHashMap<>();
    private final Map<String, Next> nextFor = new ConcurrentHashMap<>();
    private final Map<String, Share> shares = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();

    void failNext(String path, int errcode, int times) {
        next.put(path, new Next(errcode, new AtomicInteger(times)));
    }

    /** The next N calls to {@code path} for this recipient ({@code touser}) fail, whoever else is sending. */
    void failNextFor(String path, String recipient, int errcode, int times) {
        nextFor.put(path + "|" + recipient, new Next(errcode, new AtomicInteger(times)));
    }

    void failShare(String path, int errcode, double share) {
        shares.put(path, new Share(errcode, share));
    }

    void delay(String path, Duration delay) {
        delays.put(path, delay);
    }

    void clear() {
        next.clear();
        nextFor.clear();
        shares.clear();
        delays.clear();
    }

    /** Picks the errcode of a fault that hits this call (0 if none) on arrival, then waits out a configured delay. */
    int apply(String path, String recipient) throws InterruptedException {
        int errcode = 0;
        Next mine = recipient == null ? null : nextFor.get(path + "|" + recipient);
        Next n = next.get(path);
        Share s = shares.get(path);
        if (mine != null && mine.left().getAndDecrement() > 0) {
            errcode = mine.errcode();
        } else if (n != null && n.left().getAndDecrement() > 0) {
            errcode = n.errcode();
        } else if (s != null && ThreadLocalRandom.current().nextDouble() < s.share()) {
            errcode = s.errcode();
        }
        Duration delay = delays.get(path);
        if (delay != null) {
            SimAnswers.delayed();
            Thread.sleep(delay.toMillis());
        }
        return errcode;
    }
}
