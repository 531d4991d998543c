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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Everyone (guests too) browses open jobs; a logged-in user may ask for a job's contact. */
@RestController
@Tag(name = "招聘岗位", description = "游客与用户浏览招聘中的岗位（联系电话打码），登录后查看完整联系方式")
@RequestMapping("/api/v1/jobs")
class JobController {

    private final JobListing listing;
    private final JobContact contact;

    JobController(JobListing listing, JobContact contact) {
        this.listing = listing;
        this.contact = contact;
    }

    /**
     * Open jobs, newest first; jobs in a bound, verified owner's township or fitting the caller's seeker profile first,
     * with {@code matchReasons}. {@code q}: every
     * word must occur in the title, employer, requirements, benefits or description.
     */
    @GetMapping
    @PreAuthorize(Access.PUBLIC)
    PageResult<JobViews.Public> list(@Valid JobQuery query, @Valid PageQuery page, @AuthenticationPrincipal AuthUser user) {
        return listing.list(query, page, user);
    }

    /** Closed, filled or expired → 404 JOB_NOT_FOUND. */
    @GetMapping("/{id}")
    @PreAuthorize(Access.PUBLIC)
    JobViews.Public get(@PathVariable long id, @AuthenticationPrincipal AuthUser user) {
        return listing.get(id, user);
    }

    /** The full contact; each call is recorded (count and audit trail). */
    @PostMapping("/{id}/contact")
    @PreAuthorize(Access.AUTHENTICATED)
    JobViews.Contact contact(@PathVariable long id, @AuthenticationPrincipal AuthUser user) {
        return contact.reveal(id, user);
    }
}
