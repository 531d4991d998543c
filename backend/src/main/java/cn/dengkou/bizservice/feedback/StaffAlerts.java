package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.common.StaffScope;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Messages to staff about tickets (催办 reminders, the 督办 digest), addressed to a department of a county or to its
 * association (department null). The push engine's inbox is for WeChat users; staff read these at
 * {@code GET /admin/feedback/alerts}. Each is written once per dedup key, whichever instance writes first.
 */
@Component
class StaffAlerts {

    enum Kind { REMIND, DIGEST }

    record FeedbackAlert(long id, String county, @Schema(nullable = true) String department,
                         @Schema(nullable = true) Long ticketId, String kind, String title, String summary,
                         LocalDateTime createdAt) {
        static FeedbackAlert of(StaffAlert a) {
            return new FeedbackAlert(a.getId(), a.getCounty(), a.getDepartment(), a.getTicketId(), a.getKind(),
                    a.getTitle(), a.getSummary(), a.getCreatedAt());
        }
    }

    private final StaffAlertMapper alerts;
    private final Clock clock;

    StaffAlerts(StaffAlertMapper alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    /** True when written now; false when an alert with this key exists already. */
    boolean tell(String county, String department, Long ticketId, Kind kind, String title, String summary,
                 String dedupKey) {
        StaffAlert a = new StaffAlert();
        a.setCounty(county);
        a.setDepartment(department);
        a.setTicketId(ticketId);
        a.setKind(kind.name());
        a.setTitle(title);
        a.setSummary(summary.length() <= 4000 ? summary : summary.substring(0, 3999) + "…");
        a.setDedupKey(dedupKey);
        a.setCreatedAt(LocalDateTime.now(clock));
        return alerts.insertOnce(a) == 1;
    }

    /** Department staff read their department's; the association and ADMIN the association's. */
    PageResult<FeedbackAlert> list(AuthUser user, PageQuery page) {
        StaffScope scope = TicketAccess.scope(user);
        if (scope.counties() != null && scope.counties().isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        return PageResult.of(alerts.addressedTo(scope.department(), scope.counties(), page.toPage()), FeedbackAlert::of);
    }
}
