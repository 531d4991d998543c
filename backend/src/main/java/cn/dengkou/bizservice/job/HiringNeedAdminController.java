package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** HR reviews the hiring needs of its counties (another county's: 404). */
@RestController
@Tag(name = "后台·用工需求", description = "人社局审核经营主体的用工需求：通过即发布岗位，退回须说明原因，可标记劳务合作")
@RequestMapping("/api/v1/admin/hiring-needs")
@PreAuthorize(Access.JOB_STAFF)
class HiringNeedAdminController {

    @Schema(name = "HiringNeedRejectRequest")
    record RejectRequest(@NotBlank(message = "请填写退回原因") @Size(max = 200, message = "退回原因不能超过200字") String reason) {
    }

    /** {@code on} false unmarks; the note says where the labour might come from. */
    @Schema(name = "HiringNeedLabourRequest")
    record LabourRequest(Boolean on, @Size(max = 500, message = "备注不能超过500字") String note) {
    }

    private final HiringNeedReview review;

    HiringNeedAdminController(HiringNeedReview review) {
        this.review = review;
    }

    @GetMapping
    PageResult<HiringNeedView> list(@RequestParam(required = false) HiringNeedStatus status,
                                    @RequestParam(required = false) String county, @Valid PageQuery page,
                                    @AuthenticationPrincipal AuthUser staff) {
        return review.list(status, county, page, staff);
    }

    @GetMapping("/{id}")
    HiringNeedView get(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return review.get(id, staff);
    }

    /** Publishes one job per position, linked to the business; the body (optional) sets what the need lacks. */
    @PostMapping("/{id}/approve")
    HiringNeedView approve(@PathVariable long id, @RequestBody(required = false) HiringNeedReview.Approval approval,
                           @AuthenticationPrincipal AuthUser staff) {
        return review.approve(id, approval == null ? new HiringNeedReview.Approval(null, null, null, null, null) : approval, staff);
    }

    @PostMapping("/{id}/reject")
    HiringNeedView reject(@PathVariable long id, @Valid @RequestBody RejectRequest request, @AuthenticationPrincipal AuthUser staff) {
        return review.reject(id, request.reason().strip(), staff);
    }

    /** For needs HR cannot fill locally: offered to outside labour cooperation (劳务合作). */
    @PostMapping("/{id}/labour-cooperation")
    HiringNeedView labourCooperation(@PathVariable long id, @Valid @RequestBody LabourRequest request,
                                     @AuthenticationPrincipal AuthUser staff) {
        return review.labourCooperation(id, !Boolean.FALSE.equals(request.on()), request.note(), staff);
    }
}
