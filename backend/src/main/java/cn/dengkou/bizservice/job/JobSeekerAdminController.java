package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** HR and ADMIN read the seeker profiles of their counties; nobody else does (the data is sensitive). */
@RestController
@Tag(name = "求职登记（人社）", description = "人社局与管理员查看本区县（旗）的求职登记，可按身份和意向乡镇筛选")
@RequestMapping("/api/v1/admin/job-seekers")
@PreAuthorize(Access.JOB_STAFF)
class JobSeekerAdminController {

    private final JobSeekers seekers;

    JobSeekerAdminController(JobSeekers seekers) {
        this.seekers = seekers;
    }

    /** Latest updated first; {@code township} also lists seekers who take any township. */
    @GetMapping
    PageResult<JobSeekerView> list(@Valid JobSeekerFilter filter, @Valid PageQuery page,
                                   @AuthenticationPrincipal AuthUser user) {
        return seekers.list(user, filter, page);
    }

    /** One profile by its user id; another county's is 404 JOB_SEEKER_NOT_FOUND. Each read is audited. */
    @GetMapping("/{userId}")
    JobSeekerView get(@PathVariable long userId, @AuthenticationPrincipal AuthUser user) {
        return seekers.get(user, userId);
    }
}
