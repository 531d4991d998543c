package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static cn.dengkou.bizservice.feedback.FeedbackTestKit.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Working-day SLAs over National Day 2026: due dates, the reminder, extensions, overdue, the daily digest, auto-close. */
@IntegrationTest
class FeedbackDeadlinesTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    TicketDeadlines deadlines;
    @Autowired
    OverdueDigest digest;
    @Autowired
    TicketMapper tickets;
    @Autowired
    StaffAlerts alerts;
    @Autowired
    Counties counties;
    @Autowired
    FeedbackProperties props;
    @Autowired
    TransactionTemplate tx;

    FeedbackTestKit kit;
    String association;

    @BeforeEach
    void setUp() {
        kit = new FeedbackTestKit(api);
        association = users.staffToken(Role.ASSOCIATION);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void at(String isoLocal) {
        FeedbackTestKit.at(clock, isoLocal);
    }

    private LocalDate date(long id, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM feedback_ticket WHERE id = ?", LocalDate.class, id);
    }

    /** The staff member's alerts about this ticket (or, with null, those about no ticket: digests). */
    private List<JsonNode> inbox(String staff, Long ticketId) {
        JsonNode items = api.get("/api/v1/admin/feedback/alerts?size=100", staff).json().get("items");
        List<JsonNode> found = new ArrayList<>();
        items.forEach(m -> {
            boolean none = m.get("ticketId").isNull();
            if (ticketId == null ? none : !none && m.get("ticketId").asLong() == ticketId) {
                found.add(m);
            }
        });
        return found;
    }

    @Test
    void dueDatesRemindersAndExtensionsCountWorkingDaysOverNationalDay() {
        at("2026-09-30T10:00:00");
        String finance = users.staffToken(Role.DEPARTMENT, "FINOFFICE");
        long id = kit.submitOk(users.newOwnerToken());
        // 3 working days: 10-8, 10-9 and the make-up Saturday 10-10; 15: … 10-26, 10-27
        assertThat(date(id, "first_response_due")).isEqualTo(LocalDate.parse("2026-10-10"));
        assertThat(date(id, "resolution_due")).isEqualTo(LocalDate.parse("2026-10-27"));
        kit.actionOk(association, id, "assign", Map.of(), "ASSIGNED");

        at("2026-10-05T10:00:00");
        assertThat(deadlines.remindDue()).as("nobody is reminded on a holiday").isZero();
        at("2026-10-08T10:00:00");
        deadlines.remindDue();
        assertThat(date(id, "response_reminded_on")).as("10-9 is not the due date yet").isNull();
        at("2026-10-09T10:00:00");
        deadlines.remindDue();
        assertThat(date(id, "response_reminded_on")).isEqualTo(LocalDate.parse("2026-10-09"));
        List<JsonNode> reminded = inbox(finance, id);
        assertThat(reminded).hasSize(1);
        assertThat(reminded.get(0).get("title").asText()).contains("催办");
        deadlines.remindDue();
        assertThat(inbox(finance, id)).as("once per due date").hasSize(1);

        kit.actionOk(finance, id, "replies", text("已受理，正在协调银行"), "REPLIED");
        // the department asks for more time; the association grants it
        Api.Response asked = kit.action(finance, id, "extensions",
                Map.of("requestedDue", "2026-11-06", "reason", "需等待银行审批"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long extension = asked.json().get("id").asLong();
        assertThat(kit.action(finance, id, "extensions", Map.of("requestedDue", "2026-11-10", "reason", "再延")).status())
                .as("one pending request at a time").isEqualTo(409);
        assertThat(kit.action(finance, id, "extensions/" + extension + "/grant", Map.of()).status())
                .as("a department cannot grant its own extension").isEqualTo(403);
        Api.Response granted = kit.action(association, id, "extensions/" + extension + "/grant", Map.of("note", "同意"));
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.json().get("status").asText()).isEqualTo("GRANTED");
        assertThat(granted.json().get("previousDue").asText()).isEqualTo("2026-10-27");
        assertThat(kit.action(association, id, "extensions/" + extension + "/refuse", Map.of()).status())
                .as("decided once").isEqualTo(409);
        JsonNode ticket = kit.staffGet(association, id).json();
        assertThat(ticket.get("resolutionDue").asText()).isEqualTo("2026-11-06");
        assertThat(ticket.get("originalResolutionDue").asText()).isEqualTo("2026-10-27");

        // a second request is refused: the due date stays
        long second = kit.action(finance, id, "extensions", Map.of("requestedDue", "2026-11-20", "reason", "还需时间"))
                .json().get("id").asLong();
        Api.Response refused = kit.action(association, id, "extensions/" + second + "/refuse", Map.of("note", "不予延期"));
        assertThat(refused.json().get("status").asText()).isEqualTo("REFUSED");
        ticket = kit.staffGet(association, id).json();
        assertThat(ticket.get("resolutionDue").asText()).isEqualTo("2026-11-06");
        assertThat(ticket.get("extensions")).hasSize(2);
        List<String> actions = new ArrayList<>();
        ticket.get("audit").forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).contains("REMIND", "EXTENSION_REQUEST", "EXTENSION_GRANT", "EXTENSION_REFUSE");
        assertThat(kit.action(finance, id, "extensions", Map.of("requestedDue", "2026-11-01", "reason", "早于期限")).status())
                .isEqualTo(400);
    }

    @Test
    void overdueTicketsAreFlaggedListedAndDigestedOncePerDayAcrossTwoInstances() throws Exception {
        at("2026-09-30T10:00:00");
        String hr = users.staffToken(Role.DEPARTMENT, "HRSS");
        long late = kit.submitOk(users.newOwnerToken(), FeedbackTestKit.body("EMPLOYMENT", "招不到熟练工，希望人社局帮忙对接"));
        long answered = kit.submitOk(users.newOwnerToken(), FeedbackTestKit.body("EMPLOYMENT", "想参加招聘会，请问什么时候举办"));
        kit.actionOk(association, late, "assign", Map.of(), "ASSIGNED");
        kit.actionOk(association, answered, "assign", Map.of(), "ASSIGNED");
        kit.actionOk(hr, answered, "replies", text("十月中旬举办，届时通知"), "REPLIED");

        at("2026-10-10T18:00:00");
        assertThat(kit.staffGet(association, late).json().get("overdue").asBoolean()).as("due today, not past").isFalse();
        at("2026-10-12T08:59:00");
        assertThat(kit.staffGet(association, late).json().get("overdue").asBoolean()).isTrue();
        assertThat(kit.staffGet(association, answered).json().get("overdue").asBoolean()).isFalse();
        List<Long> listed = new ArrayList<>();
        api.get(FeedbackTestKit.ADMIN + "?overdue=true&department=HRSS&size=100", association).json().get("items")
                .forEach(i -> listed.add(i.get("id").asLong()));
        assertThat(listed).contains(late).doesNotContain(answered);
        assertThat(digest.sendIfDue()).as("before the digest time").isFalse();

        at("2026-10-12T09:01:00");
        OverdueDigest other = new OverdueDigest(tickets, alerts, counties, jdbc, props, tx, clock);
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Boolean> a = CompletableFuture.supplyAsync(() -> race(start, digest));
        CompletableFuture<Boolean> b = CompletableFuture.supplyAsync(() -> race(start, other));
        int winners = (a.get() ? 1 : 0) + (b.get() ? 1 : 0);
        assertThat(winners).as("at most one instance sends (the scheduled round may have been first)").isLessThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feedback_digest_run WHERE digest_day = '2026-10-12'",
                Integer.class)).isEqualTo(1);
        assertThat(digest.sendIfDue()).isFalse();
        List<JsonNode> digests = inbox(hr, null).stream()
                .filter(m -> m.get("summary").asText().contains("#" + late)).toList();
        assertThat(digests).as("the department's digest, once").hasSize(1);
        assertThat(digests.get(0).get("summary").asText()).doesNotContain("#" + answered);
        assertThat(inbox(association, null).stream().filter(m -> m.get("summary").asText().contains("#" + late)))
                .as("the association's digest").hasSize(1);
        clock.advance(Duration.ofDays(1));
        assertThat(digest.sendIfDue()).as("the next day's digest").isTrue();
    }

    private static boolean race(CyclicBarrier start, OverdueDigest d) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return d.sendIfDue();
    }

    @Test
    void unratedResolvedTicketsCloseThemselves() {
        at("2026-11-02T10:00:00");
        String owner = users.newOwnerToken();
        long id = kit.submitOk(owner, FeedbackTestKit.body("HARDSHIP", "店面受灾，希望协会帮忙联系救助"));
        kit.actionOk(association, id, "assign", Map.of(), "ASSIGNED");
        kit.actionOk(association, id, "resolve", Map.of("resolution", "已对接救助资金"), "RESOLVED");
        clock.advance(Duration.ofDays(14));
        deadlines.autoClose();
        assertThat(kit.ownerGet(owner, id).json().get("status").asText()).isEqualTo("RESOLVED");
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        deadlines.autoClose();
        assertThat(kit.ownerGet(owner, id).json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(api.post("/api/v1/feedback/" + id + "/rating", owner, Map.of("score", 3)).status()).isEqualTo(409);
        List<String> actions = new ArrayList<>();
        kit.staffGet(association, id).json().get("audit").forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).endsWith("AUTO_CLOSE");
    }
}
