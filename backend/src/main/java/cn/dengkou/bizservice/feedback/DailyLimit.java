package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.ErrorCode;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.Function;

/** At most {@code app.feedback.daily-limit} submissions of a kind (tickets, opinions) per owner per day. */
@Component
class DailyLimit {

    private final FeedbackProperties props;
    private final Clock clock;

    DailyLimit(FeedbackProperties props, Clock clock) {
        this.props = props;
        this.clock = clock;
    }

    /** {@code countSince}: the owner's submissions since the given start of today; 429 with Retry-After when full. */
    void require(Function<LocalDateTime, Long> countSince, String what) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime dayStart = now.toLocalDate().atStartOfDay();
        if (countSince.apply(dayStart) >= props.dailyLimit()) {
            throw new ApiException(ErrorCode.FEEDBACK_RATE_LIMITED,
                    "今日已提交" + props.dailyLimit() + "条" + what + "，已达上限，请明天再试")
                    .retryAfter(Duration.between(now, dayStart.plusDays(1)).toSeconds());
        }
    }
}
