package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Which job fair a job is shown at; another county's job is 404 JOB_NOT_FOUND. */
@RestController
@Tag(name = "后台·招聘会岗位", description = "人社局工作人员把岗位关联到招聘会（活动类型“招聘会”），招聘会页面列出其岗位")
@RequestMapping("/api/v1/admin/jobs/{id}/fair")
@PreAuthorize(Access.JOB_STAFF)
class JobFairAdminController {

    private final JobFairLinks links;

    JobFairAdminController(JobFairLinks links) {
        this.links = links;
    }

    @GetMapping
    JobFairLinks.Link get(@PathVariable long id, @AuthenticationPrincipal AuthUser user) {
        return links.get(id, user);
    }

    /** Links the job to the fair (replacing another link). */
    @PutMapping
    JobFairLinks.Link link(@PathVariable long id, @Valid @RequestBody JobFairLinks.LinkRequest request,
                           @AuthenticationPrincipal AuthUser user) {
        return links.link(id, request.eventId(), user);
    }

    /** 204 whether or not it was linked. */
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlink(@PathVariable long id, @AuthenticationPrincipal AuthUser user) {
        links.unlink(id, user);
    }
}
