package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.common.excel.Column;
import cn.dengkou.bizservice.common.excel.XlsxDownload;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Visits to businesses (走访调研, 困难帮扶): record, list by township, staff and month, export. */
@RestController
@Tag(name = "后台·走访", description = "个私协会和部门工作人员记录走访，发现的问题可一步转为诉求；按镇、人员、月份查询并导出 Excel")
@RequestMapping("/api/v1/admin/visits")
// Visits feed tickets (a problem found becomes one), so they follow the feedback rule: HR has no part in 问情
@PreAuthorize(Access.FEEDBACK_STAFF)
class VisitAdminController {

    private static final List<Column<Visits.VisitView>> COLUMNS = List.of(
            Column.<Visits.VisitView>date("走访日期", Visits.VisitView::visitedOn).width(12),
            Column.<Visits.VisitView>text("经营主体", Visits.VisitView::businessName).width(24),
            Column.<Visits.VisitView>text("镇（苏木）", Visits.VisitView::townshipName).width(14),
            Column.<Visits.VisitView>text("走访人员", Visits.VisitView::visitors).width(16),
            Column.<Visits.VisitView>text("交流内容", Visits.VisitView::discussed).width(40),
            Column.<Visits.VisitView>text("发现的问题", Visits.VisitView::problems).width(40),
            Column.<Visits.VisitView>text("帮扶措施", Visits.VisitView::helpGiven).width(40),
            Column.<Visits.VisitView>date("回访日期", Visits.VisitView::followUpOn).width(12),
            Column.<Visits.VisitView>integer("诉求编号", Visits.VisitView::ticketId).width(10));

    private final Visits visits;

    VisitAdminController(Visits visits) {
        this.visits = visits;
    }

    /** With {@code ticket}: the problem found becomes a ticket (source VISIT) in the same step. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Visits.VisitView record(@Valid @RequestBody Visits.VisitRequest request, @AuthenticationPrincipal AuthUser user) {
        return visits.record(request, user);
    }

    /** Newest visit first; ADMIN and ASSOCIATION see every visit of their counties, other staff their own. */
    @GetMapping
    PageResult<Visits.VisitView> list(@Valid VisitFilter filter, @Valid PageQuery page,
                                      @AuthenticationPrincipal AuthUser user) {
        return visits.list(filter, page, user);
    }

    /** The same list (every row the filter matches) as an .xlsx workbook. */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@Valid VisitFilter filter, @AuthenticationPrincipal AuthUser user) {
        List<Visits.VisitView> rows = visits.all(filter, user);
        return XlsxDownload.of("走访记录.xlsx", out -> out.sheet("走访记录", COLUMNS, rows));
    }
}
