package cn.dengkou.bizservice.wechat;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A bulkhead for API requests that wait on WeChat (wx-login, phone binding): their work runs here,
 * on {@code app.wechat.call-threads} threads (default 32) with at most {@code app.wechat.call-queue}
 * (default 256) waiting, and the controller returns the future. The request thread goes back to the
 * pool at once, so a slow or hanging WeChat cannot take the few request threads every other
 * endpoint needs (the server runs a small request pool on purpose: see {@code server.tomcat.threads.max}).
 * When this pool and its queue are full the call fails at once with 503 {@code WECHAT_UNAVAILABLE}.
 */
@Component
public class WechatCalls implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WechatCalls.class);

    private final ThreadPoolExecutor pool;

    WechatCalls(@Value("${app.wechat.call-threads:32}") int threads, @Value("${app.wechat.call-queue:256}") int queue) {
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                queue > 0 ? new ArrayBlockingQueue<>(queue) : new SynchronousQueue<>(),
                r -> {
                    Thread t = new Thread(r, "wechat-call-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code work} on the bulkhead; the future fails with {@code WECHAT_UNAVAILABLE} when it is full. */
    public <T> CompletableFuture<T> run(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, pool);
        } catch (RejectedExecutionException e) {
            log.warn("ALERT WeChat call pool full ({} running, {} waiting): refusing a call", pool.getActiveCount(),
                    pool.getQueue().size());
            return CompletableFuture.failedFuture(new ApiException(ErrorCode.WECHAT_UNAVAILABLE, "微信服务繁忙，请稍后重试"));
        }
    }

    /** On shutdown, calls in progress may finish (a few seconds at most: WeChat's timeouts bound them). */
    @Override
    public void destroy() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }
}
