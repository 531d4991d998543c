package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.targeting.Audience;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Staff write, review, publish and withdraw notices. ADMIN and ASSOCIATION manage every notice,
 * DEPARTMENT staff those of their own department (403 otherwise).
 */
@RestController
@Tag(name = "后台·政策通知", description = "员工起草、提交、审核、发布、撤回政策通知，预览受众")
@RequestMapping("/api/v1/admin/notices")
@PreAuthorize(Access.NOTICE_STAFF)
class NoticeAdminController {

    record RejectRequest(@NotBlank(message = "请填写退回原因") @Size(max = 200, message = "退回原因不能超过200字")
                         String reason) {
    }

    record AudiencePreviewRequest(Audience audience) {
    }

    private final NoticeAuthoring authoring;
    private final NoticeReview review;
    private final NoticePublishing publishing;

    NoticeAdminController(NoticeAuthoring authoring, NoticeReview review, NoticePublishing publishing) {
        this.authoring = authoring;
        this.review = review;
        this.publishing = publishing;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NoticeViews.Created create(@Valid @RequestBody NoticeRequest request, @AuthenticationPrincipal AuthUser staff) {
        return authoring.create(request, staff);
    }

    /** Replaces the whole notice; DRAFT only. */
    @PutMapping("/{id}")
    NoticeViews.Staff update(@PathVariable long id, @Valid @RequestBody NoticeRequest request,
                             @AuthenticationPrincipal AuthUser staff) {
        return authoring.update(id, request, staff);
    }

    @GetMapping
    PageResult<NoticeViews.StaffItem> list(@Valid NoticeFilter filter, @Valid PageQuery page,
                                           @AuthenticationPrincipal AuthUser staff) {
        return authoring.list(filter, page, staff);
    }

    @GetMapping("/{id}")
    NoticeViews.Staff get(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return authoring.get(id, staff);
    }

    @PostMapping("/{id}/submit")
    NoticeViews.Staff submit(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return review.submit(id, staff);
    }

    /** Never by a staff member who created or edited the notice (403 NOTICE_SELF_APPROVAL). */
    @PostMapping("/{id}/approve")
    NoticeViews.Staff approve(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return review.approve(id, staff);
    }

    @PostMapping("/{id}/reject")
    NoticeViews.Staff reject(@PathVariable long id, @Valid @RequestBody RejectRequest request,
                             @AuthenticationPrincipal AuthUser staff) {
        return review.reject(id, request.reason(), staff);
    }

    /**
     * {@code {push, scheduledAt, urgent}}: publish now, or at {@code scheduledAt}; with {@code push: true} a
     * push task over the audience, sent during quiet hours too when {@code urgent: true}. Pushing to more
     * owners than the review threshold needs an APPROVED notice.
     */
    @PostMapping("/{id}/publish")
    NoticeViews.Published publish(@PathVariable long id, @RequestBody(required = false) NoticePublishing.PublishRequest request,
                                  @AuthenticationPrincipal AuthUser staff) {
        return publishing.publish(id, request == null ? new NoticePublishing.PublishRequest(false, null, false) : request, staff);
    }

    /** Hides the notice from owners and cancels what its push has not sent yet. */
    @PostMapping("/{id}/withdraw")
    NoticeViews.Staff withdraw(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return publishing.withdraw(id, staff);
    }

    /** How many bound, verified owners an audience reaches now. */
    @PostMapping("/audience-preview")
    NoticePublishing.Preview preview(@RequestBody AudiencePreviewRequest request, @AuthenticationPrincipal AuthUser staff) {
        Audience audience = request.audience() == null ? Audience.everyone() : request.audience();
        NoticeCounties.requireOwnCounties(staff, audience);
        return publishing.preview(NoticeCounties.ownCounty(staff, audience));
    }

    @GetMapping("/{id}/audience-preview")
    NoticePublishing.Preview preview(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return publishing.preview(id, staff);
    }

    /** Who did what, when; ADMIN only. */
    @GetMapping("/{id}/audit")
    @PreAuthorize(Access.ADMIN)
    List<NoticeAuditTrail.Entry> audit(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return authoring.auditTrail(id, staff);
    }
}
