package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.excel.XlsxDownload;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** HR's job statistics of the counties it acts in ({@code county=} narrows), as JSON and as Excel. */
@RestController
@Tag(name = "后台·就业统计", description = "岗位按乡镇、行业、用工类型的状态统计，用工需求与联系方式查看统计，可导出 Excel")
@RequestMapping("/api/v1/admin")
@PreAuthorize(Access.JOB_STAFF)
class JobStatsController {

    private final JobStats stats;

    JobStatsController(JobStats stats) {
        this.stats = stats;
    }

    @GetMapping("/job-stats")
    JobStats.View get(@RequestParam(required = false) String county, @AuthenticationPrincipal AuthUser staff) {
        return stats.of(county, staff);
    }

    @GetMapping("/job-stats.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam(required = false) String county, @AuthenticationPrincipal AuthUser staff) {
        JobStats.View v = stats.of(county, staff);
        return XlsxDownload.of("就业统计.xlsx", out -> JobStatsExcel.write(v, out));
    }
}
