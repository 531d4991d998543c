package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.excel.XlsxDownload;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** An event's numbers and registration list, and a month's numbers per kind, as JSON and Excel. */
@RestController
@Tag(name = "后台·服务月活动统计", description = "活动报名、候补、签到、未到场、现场登记统计，报名名单与月度统计的 Excel 导出")
@RequestMapping("/api/v1/admin/events")
@PreAuthorize(Access.EVENT_STAFF)
class EventStatsController {

    private final EventStats stats;

    EventStatsController(EventStats stats) {
        this.stats = stats;
    }

    @GetMapping("/{id}/stats")
    EventStats.View stats(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return stats.of(id, staff);
    }

    @GetMapping("/{id}/stats.xlsx")
    ResponseEntity<byte[]> statsExcel(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        EventStats.View view = stats.of(id, staff);
        return XlsxDownload.of("活动" + id + "统计.xlsx", out -> EventExcel.stats(view, out));
    }

    /** Every registration (walk-ins and cancelled ones too), phones masked, in registration order. */
    @GetMapping("/{id}/registrations.xlsx")
    ResponseEntity<byte[]> registrationsExcel(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        List<Registration> rows = stats.registrations(id, staff);
        return XlsxDownload.of("活动" + id + "报名名单.xlsx", out -> EventExcel.registrations(rows, out));
    }

    /** {@code month} as {@code 2026-12} (default: this month). */
    @GetMapping("/stats")
    List<EventStats.KindRow> byKind(@RequestParam(required = false) String month, @AuthenticationPrincipal AuthUser staff) {
        return stats.byKind(month, staff);
    }

    @GetMapping("/stats.xlsx")
    ResponseEntity<byte[]> byKindExcel(@RequestParam(required = false) String month,
                                       @AuthenticationPrincipal AuthUser staff) {
        List<EventStats.KindRow> rows = stats.byKind(month, staff);
        return XlsxDownload.of("服务月活动统计.xlsx", out -> EventExcel.byKind(rows, out));
    }
}
