package cn.dengkou.bizservice.notice;

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
import org.springframework.web.bind.annotation.RestController;

/** A notice's reach funnel, as JSON and as Excel. DEPARTMENT staff only for their department's notices. */
@RestController
@Tag(name = "后台·政策通知触达统计", description = "政策通知的推送、阅读、收藏统计及 Excel 导出")
@RequestMapping("/api/v1/admin/notices/{id}")
@PreAuthorize(Access.NOTICE_STAFF)
class NoticeStatsController {

    private final NoticeStats stats;

    NoticeStatsController(NoticeStats stats) {
        this.stats = stats;
    }

    @GetMapping("/stats")
    NoticeStats.View stats(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return stats.of(id, staff);
    }

    @GetMapping("/stats.xlsx")
    ResponseEntity<byte[]> excel(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        NoticeStats.View view = stats.of(id, staff);
        return XlsxDownload.of("公告" + id + "触达统计.xlsx", out -> NoticeStatsExcel.write(view, out));
    }
}
