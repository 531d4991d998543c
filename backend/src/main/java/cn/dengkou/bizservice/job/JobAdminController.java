package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;

/** HR staff and ADMIN post, edit, close and fill jobs of the counties they act in (another county's job: 404). */
@RestController
@Tag(name = "后台·招聘岗位", description = "人社局工作人员发布、修改、关闭岗位，标记已招满，查看岗位列表")
@RequestMapping("/api/v1/admin/jobs")
@PreAuthorize(Access.JOB_STAFF)
class JobAdminController {

    private final JobPosting posting;
    private final JobListing listing;
    private final JobUploads uploads;

    JobAdminController(JobPosting posting, JobListing listing, JobUploads uploads) {
        this.posting = posting;
        this.listing = listing;
        this.uploads = uploads;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "已发布")
    JobViews.Created create(@RequestBody JobRequest request, @AuthenticationPrincipal AuthUser staff) {
        return posting.create(request, staff);
    }

    /** Replaces the whole job; OPEN or EXPIRED only (an expired job with a date ahead opens again). */
    @PutMapping("/{id}")
    JobViews.Staff update(@PathVariable long id, @RequestBody JobRequest request, @AuthenticationPrincipal AuthUser staff) {
        return posting.update(id, request, staff);
    }

    /**
     * CSV (UTF-8 or GBK), XLSX or a JSON array of jobs, each with {@code externalId} and {@code source} (or the
     * {@code source} parameter for all rows): a row seen before updates its job. {@code closeMissing=true} (with
     * {@code source}) is a full re-import: that source's open jobs missing from the file close. {@code county}:
     * prefecture staff name the county the jobs belong to.
     */
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    JobImportReport importJobs(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String source,
                               @RequestParam(defaultValue = "false") boolean closeMissing,
                               @RequestParam(required = false) String county, @AuthenticationPrincipal AuthUser staff) {
        return uploads.run(file, source, closeMissing, county, staff);
    }

    /** The same import from a JSON array in the body (the employment platform's push; larger batches upload a file). */
    @PostMapping(value = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    JobImportReport importJobsJson(@RequestBody byte[] body, @RequestParam(required = false) String source,
                                   @RequestParam(defaultValue = "false") boolean closeMissing,
                                   @RequestParam(required = false) String county, @AuthenticationPrincipal AuthUser staff) {
        return uploads.runJson(body, source, closeMissing, county, staff);
    }

    @GetMapping
    PageResult<JobViews.Staff> list(@Valid JobFilter filter, @Valid PageQuery page, @AuthenticationPrincipal AuthUser staff) {
        return listing.staffList(filter, page, staff);
    }

    @GetMapping("/{id}")
    JobViews.Staff get(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return posting.get(id, staff);
    }

    @PostMapping("/{id}/close")
    JobViews.Staff close(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return posting.close(id, staff);
    }

    /** The employer found its people. */
    @PostMapping("/{id}/fill")
    JobViews.Staff fill(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return posting.fill(id, staff);
    }

    /** Who did what, when (contact reveals included). */
    @GetMapping("/{id}/audit")
    List<AuditTrail.Entry> audit(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return posting.auditTrail(id, staff);
    }
}
