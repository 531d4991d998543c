package cn.dengkou.bizservice.dev;

import cn.dengkou.bizservice.calendar.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Demo 问情 tickets and visits for the dev mode, written once (after {@link DemoData}'s owners exist) for each dev county:
 * one ticket in every stage — waiting for triage, with a department and overdue, answered, resolved, rated — and two
 * visits, one of which became a ticket. Written as rows (dates counted by {@link WorkingDays}), not through the API.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("dev")
class DemoFeedback {

    private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);

    /** category, department, status, content, days ago. */
    private static final Object[][] TICKETS = {
            {"FINANCING", "FINOFFICE", "SUBMITTED", "想申请创业担保贷款，银行说需要担保人，找不到怎么办？", 1},
            {"EMPLOYMENT", "HRSS", "ASSIGNED", "旺季招不到熟练工，希望人社局帮忙对接求职人员。", 20},
            {"FEES", "SAMR", "REPLIED", "检查时被要求缴纳一笔没有依据的费用，想问是否合理。", 6},
            {"PERMIT", "SAMR", "RESOLVED", "个体户转为企业后，食品经营许可证需要重新办理吗？", 10},
            {"POLICY", "GOVSERVICE", "CLOSED", "小规模纳税人减免增值税的政策今年还有吗？", 30},
    };

    private final JdbcTemplate jdbc;
    private final WorkingDays workingDays;
    private final Clock clock;

    DemoFeedback(JdbcTemplate jdbc, WorkingDays workingDays, Clock clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void writeOnce() {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM feedback_ticket", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        for (String county : List.of(DemoData.DENGKOU, DemoData.HANGJIN)) {
            List<Map<String, Object>> owners = jdbc.queryForList("SELECT id, owner_user_id, township FROM business"
                    + " WHERE county = ? AND status = 'VERIFIED' ORDER BY id LIMIT 7", county);
            if (owners.size() < 7) {
                continue;
            }
            for (int i = 0; i < TICKETS.length; i++) {
                ticket(county, owners.get(i), TICKETS[i], "OWNER");
            }
            visit(county, owners.get(5), null);
            long fromVisit = ticket(county, owners.get(6),
                    new Object[] {"HARDSHIP", "ASSOCIATION", "ASSIGNED", "走访发现：门店漏雨，急需维修资金帮扶。", 2}, "VISIT");
            visit(county, owners.get(6), fromVisit);
        }
        log.info("dev demo feedback written: {} tickets and 2 visits per county", TICKETS.length + 1);
    }

    private long ticket(String county, Map<String, Object> business, Object[] t, String source) {
        LocalDateTime created = LocalDateTime.now(clock).minusDays((Integer) t[4]).withHour(9);
        LocalDate day = created.toLocalDate();
        String status = (String) t[2];
        boolean answered = !status.equals("SUBMITTED") && !status.equals("ASSIGNED");
        boolean resolved = status.equals("RESOLVED") || status.equals("CLOSED");
        LocalDateTime answeredAt = answered ? created.plusDays(1) : null;
        LocalDate resolutionDue = workingDays.plusWorkingDays(day, 15);
        jdbc.update("INSERT INTO feedback_ticket (county, owner_id, business_id, township, category, department, content,"
                        + " contact_phone, hide_identity, source, status, first_response_due, resolution_due,"
                        + " original_resolution_due, first_responded_at, resolution, resolved_at, reopened_count, rating,"
                        + " rated_at, closed_at, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, '13900001111', 0, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)",
                county, business.get("owner_user_id"), business.get("id"), business.get("township"), t[0], t[1], t[3],
                source, status, workingDays.plusWorkingDays(day, 3), resolutionDue, resolutionDue, ts(answeredAt),
                resolved ? "已按政策答复并协助办理。" : null, resolved ? ts(created.plusDays(2)) : null,
                status.equals("CLOSED") ? 5 : null, status.equals("CLOSED") ? ts(created.plusDays(3)) : null,
                status.equals("CLOSED") ? ts(created.plusDays(3)) : null, ts(created), ts(created));
        long id = jdbc.queryForObject("SELECT MAX(id) FROM feedback_ticket", Long.class);
        if (answered) {
            jdbc.update("INSERT INTO feedback_message (ticket_id, kind, author_id, department, content, created_at)"
                    + " SELECT ?, 'REPLY', MIN(id), ?, '您好，已收到您的反映，我们正在核实办理。', ? FROM app_user"
                    + " WHERE username IS NOT NULL", id, t[1], ts(answeredAt));
        }
        return id;
    }

    private void visit(String county, Map<String, Object> business, Long ticketId) {
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.update("INSERT INTO feedback_visit (county, business_id, township, visited_on, recorded_by, visitors, discussed,"
                        + " problems, help_given, follow_up_on, ticket_id, created_at)"
                        + " SELECT ?, ?, ?, ?, MIN(id), '个私协会 王干事、孙干事', '了解经营情况和服务月活动需求',"
                        + " ?, '讲解了相关惠企政策', ?, ?, ? FROM app_user WHERE county = ? AND FIND_IN_SET('ASSOCIATION', roles) > 0",
                county, business.get("id"), business.get("township"), now.toLocalDate().minusDays(2),
                ticketId == null ? null : "门店漏雨，急需维修资金", now.toLocalDate().plusDays(30), ticketId, ts(now), county);
    }

    private static Timestamp ts(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }
}
