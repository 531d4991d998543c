package cn.dengkou.bizservice.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.LocalTime;

/**
 * {@code app.feedback.*}.
 *
 * @param dailyLimit   submissions (tickets and consultation opinions each) per owner per day (default 10)
 * @param reopenWindow how long after resolution the owner may reopen (default 7 days)
 * @param autoCloseAfter an unrated resolved ticket closes itself this long after resolution (default 15 days)
 * @param digestTime   when the daily overdue digest goes out (default 09:00, Asia/Shanghai)
 */
@ConfigurationProperties("app.feedback")
record FeedbackProperties(Integer dailyLimit, Duration reopenWindow, Duration autoCloseAfter, LocalTime digestTime) {

    FeedbackProperties {
        dailyLimit = dailyLimit == null || dailyLimit < 1 ? 10 : dailyLimit;
        reopenWindow = reopenWindow == null ? Duration.ofDays(7) : reopenWindow;
        autoCloseAfter = autoCloseAfter == null ? Duration.ofDays(15) : autoCloseAfter;
        digestTime = digestTime == null ? LocalTime.of(9, 0) : digestTime;
    }
}
