package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.Counties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The daily escalation (督办): from {@code app.feedback.digest-time} on, one inbox message per department listing its
 * overdue tickets, and one to the association listing them all, per county. Sent once per day across instances: the
 * instance whose {@code INSERT IGNORE} of the day's row wins sends, in the same transaction.
 */
@Component
class OverdueDigest {

    private static final Logger log = LoggerFactory.getLogger(OverdueDigest.class);

    private final TicketMapper tickets;
    private final StaffAlerts alerts;
    private final Counties counties;
    private final JdbcTemplate jdbc;
    private final FeedbackProperties props;
    private final TransactionTemplate tx;
    private final Clock clock;

    OverdueDigest(TicketMapper tickets, StaffAlerts alerts, Counties counties, JdbcTemplate jdbc,
                  FeedbackProperties props, TransactionTemplate tx, Clock clock) {
        this.tickets = tickets;
        this.alerts = alerts;
        this.counties = counties;
        this.jdbc = jdbc;
        this.props = props;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${app.feedback.poll-millis:60000}", initialDelay = 30000)
    void poll() {
        sendIfDue();
    }

    /** True when this call sent today's digest; false before the time, or when it was sent already (here or elsewhere). */
    boolean sendIfDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        if (now.toLocalTime().isBefore(props.digestTime())) {
            return false;
        }
        LocalDate today = now.toLocalDate();
        Boolean sent = tx.execute(s -> {
            if (jdbc.update("INSERT IGNORE INTO feedback_digest_run (digest_day, sent_at) VALUES (?, ?)", today, now) == 0) {
                return false;
            }
            counties.served().forEach(c -> send(c.code(), today));
            return true;
        });
        return Boolean.TRUE.equals(sent);
    }

    private void send(String county, LocalDate today) {
        List<Ticket> overdue = tickets.overdueIn(county, today);
        if (overdue.isEmpty()) {
            return;
        }
        Map<String, List<Ticket>> byDepartment = overdue.stream().filter(t -> t.statusValue() != FeedbackStatus.SUBMITTED)
                .collect(Collectors.groupingBy(Ticket::getDepartment, TreeMap::new, Collectors.toList()));
        byDepartment.forEach((department, list) -> alerts.tell(county, department, null, StaffAlerts.Kind.DIGEST,
                "本部门有" + list.size() + "件诉求已超期（督办）", ids(list),
                "feedback-digest:" + today + ":" + county + ":" + department));
        alerts.tell(county, null, null, StaffAlerts.Kind.DIGEST, "共有" + overdue.size() + "件诉求已超期（督办）", ids(overdue),
                "feedback-digest:" + today + ":" + county);
        log.info("feedback overdue digest {} county {}: {} tickets, {} departments", today, county, overdue.size(),
                byDepartment.size());
    }

    private static String ids(List<Ticket> list) {
        return "超期诉求编号：" + list.stream().map(t -> "#" + t.getId()).collect(Collectors.joining("、"));
    }
}
