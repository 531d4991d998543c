package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.excel.Column;
import cn.dengkou.bizservice.common.excel.XlsxDownload;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/** How well 问情 works (volume, working-day response and resolution times, SLA met, satisfaction), and as Excel. */
@RestController
@Tag(name = "后台·问情统计", description = "按分类、部门、镇（苏木）、月份统计诉求数量、答复与办结用时（工作日）、按期办结率、满意度、重开率和走访次数")
@RequestMapping("/api/v1/admin/feedback")
@PreAuthorize(Access.FEEDBACK_STAFF)
class FeedbackStatsController {

    private static final List<Column<FeedbackStats.FeedbackStatsRow>> COLUMNS = List.of(
            Column.<FeedbackStats.FeedbackStatsRow>text("分组", FeedbackStats.FeedbackStatsRow::name).width(18),
            Column.<FeedbackStats.FeedbackStatsRow>integer("诉求数", FeedbackStats.FeedbackStatsRow::volume).width(10),
            Column.<FeedbackStats.FeedbackStatsRow>integer("已办结", FeedbackStats.FeedbackStatsRow::resolved).width(10),
            Column.<FeedbackStats.FeedbackStatsRow>decimal("平均首次答复（工作日）", FeedbackStats.FeedbackStatsRow::firstResponseDays).width(22),
            Column.<FeedbackStats.FeedbackStatsRow>decimal("平均办结（工作日）", FeedbackStats.FeedbackStatsRow::resolutionDays).width(20),
            Column.<FeedbackStats.FeedbackStatsRow>percent("按期办结率", FeedbackStats.FeedbackStatsRow::slaMet).width(12),
            Column.<FeedbackStats.FeedbackStatsRow>decimal("满意度（1-5）", FeedbackStats.FeedbackStatsRow::satisfaction).width(14),
            Column.<FeedbackStats.FeedbackStatsRow>percent("重开率", FeedbackStats.FeedbackStatsRow::reopenRate).width(10),
            Column.<FeedbackStats.FeedbackStatsRow>integer("走访次数", FeedbackStats.FeedbackStatsRow::visits).width(10));

    private final FeedbackStats stats;

    FeedbackStatsController(FeedbackStats stats) {
        this.stats = stats;
    }

    /** Tickets created in the period; department staff see their department's. */
    @GetMapping("/stats")
    FeedbackStats.FeedbackStatsView stats(@Valid FeedbackStats.StatsQuery query, @AuthenticationPrincipal AuthUser user) {
        return stats.of(query, user);
    }

    /** The same rows and the total as an .xlsx workbook (the shared writer). */
    @GetMapping("/stats.xlsx")
    ResponseEntity<byte[]> excel(@Valid FeedbackStats.StatsQuery query, @AuthenticationPrincipal AuthUser user) {
        FeedbackStats.FeedbackStatsView v = stats.of(query, user);
        List<FeedbackStats.FeedbackStatsRow> rows = new ArrayList<>(v.rows());
        rows.add(v.total());
        return XlsxDownload.of("问情统计" + v.from() + "至" + v.to() + ".xlsx", out -> out.sheet("问情统计", COLUMNS, rows));
    }
}
