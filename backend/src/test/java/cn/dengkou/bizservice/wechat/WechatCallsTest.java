package cn.dengkou.bizservice.wechat;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WechatCallsTest {

    @Test
    void runsOffTheCallersThreadAndRefusesAtOnceWhenFull() throws Exception {
        WechatCalls calls = new WechatCalls(1, 1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            CompletableFuture<String> running = calls.run(() -> {
                await(release);
                return Thread.currentThread().getName();
            });
            CompletableFuture<String> queued = calls.run(() -> "queued");
            CompletableFuture<String> refused = calls.run(() -> "never runs");

            assertThat(refused).isCompletedExceptionally();
            assertThatThrownBy(refused::get).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(ApiException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.WECHAT_UNAVAILABLE));
            assertThat(running).isNotDone();
            assertThat(queued).isNotDone();

            release.countDown();
            assertThat(running.get(10, TimeUnit.SECONDS)).startsWith("wechat-call-")
                    .isNotEqualTo(Thread.currentThread().getName());
            assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("queued");
            assertThat(calls.run(() -> "room again").get(10, TimeUnit.SECONDS)).isEqualTo("room again");
        } finally {
            release.countDown();
            calls.destroy();
        }
    }

    @Test
    void aFailureReachesTheFutureAsItIs() throws Exception {
        WechatCalls calls = new WechatCalls(1, 0);
        try {
            CompletableFuture<Object> f = calls.run(() -> {
                throw new ApiException(ErrorCode.PHONE_CODE_INVALID);
            });
            assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).cause()
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PHONE_CODE_INVALID));
        } finally {
            calls.destroy();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
