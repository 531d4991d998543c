package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.ErrorCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * At most {@code app.feedback.daily-limit} submissions of a kind (tickets, opinions) per owner per day. The count is a
 * row of {@code feedback_daily_count} incremented in the submitting transaction: the row lock makes a second racing
 * submission wait and then see the first, so the limit holds; a refused or failed submission rolls its increment back.
 */
@Component
class DailyLimit {

    enum Kind { TICKET, OPINION }

    private final JdbcTemplate jdbc;
    private final FeedbackProperties props;
    private final Clock clock;

    DailyLimit(JdbcTemplate jdbc, FeedbackProperties props, Clock clock) {
        this.jdbc = jdbc;
        this.props = props;
        this.clock = clock;
    }

    /** Refuses early (before the WeChat check) when today's count is already full. */
    void precheck(long ownerId, Kind kind) {
        List<Integer> n = jdbc.queryForList("SELECT n FROM feedback_daily_count WHERE owner_id = ? AND count_day = ?"
                + " AND kind = ?", Integer.class, ownerId, LocalDate.now(clock), kind.name());
        if (!n.isEmpty() && n.get(0) >= props.dailyLimit()) {
            throw refusal(kind);
        }
    }

    /** Counts one submission; call inside the transaction that saves it (429 with Retry-After when over). */
    void take(long ownerId, Kind kind) {
        LocalDate today = LocalDate.now(clock);
        jdbc.update("INSERT INTO feedback_daily_count (owner_id, count_day, kind, n) VALUES (?, ?, ?, 1)"
                + " ON DUPLICATE KEY UPDATE n = n + 1", ownerId, today, kind.name());
        Integer n = jdbc.queryForObject("SELECT n FROM feedback_daily_count WHERE owner_id = ? AND count_day = ?"
                + " AND kind = ?", Integer.class, ownerId, today, kind.name());
        if (n != null && n > props.dailyLimit()) {
            throw refusal(kind);
        }
    }

    private ApiException refusal(Kind kind) {
        LocalDateTime now = LocalDateTime.now(clock);
        String what = kind == Kind.TICKET ? "诉求" : "意见";
        return new ApiException(ErrorCode.FEEDBACK_RATE_LIMITED,
                "今日已提交" + props.dailyLimit() + "条" + what + "，已达上限，请明天再试")
                .retryAfter(Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay()).toSeconds());
    }
}
