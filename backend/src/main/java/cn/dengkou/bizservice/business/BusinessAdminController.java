package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;

@RestController
@Tag(name = "后台·经营主体与名录", description = "员工导入登记名录，查询、审核经营主体并打标签")
@RequestMapping("/api/v1/admin/businesses")
@PreAuthorize(Access.BUSINESS_STAFF)
class BusinessAdminController {

    record RejectRequest(@NotBlank(message = "请填写驳回原因") @Size(max = 200, message = "驳回原因不能超过200字")
                         String reason) {
    }

    record TagsRequest(@NotNull(message = "不能为空") @Size(max = 20, message = "最多20个标签")
                       List<@NotBlank(message = "标签不能为空") String> tags) {
    }

    private final BusinessReview review;
    private final RegistryImport registryImport;

    BusinessAdminController(BusinessReview review, RegistryImport registryImport) {
        this.review = review;
        this.registryImport = registryImport;
    }

    @GetMapping
    PageResult<BusinessView> list(@Valid BusinessFilter filter, @Valid PageQuery page,
                                  @AuthenticationPrincipal AuthUser staff) {
        return review.list(filter, page, staff);
    }

    @GetMapping("/{id}")
    BusinessView get(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return review.get(id, staff);
    }

    @PostMapping("/{id}/verify")
    BusinessView verify(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return review.verify(id, staff);
    }

    @PostMapping("/{id}/reject")
    BusinessView reject(@PathVariable long id, @Valid @RequestBody RejectRequest request,
                        @AuthenticationPrincipal AuthUser staff) {
        return review.reject(id, staff, request.reason());
    }

    @PutMapping("/{id}/tags")
    BusinessView tags(@PathVariable long id, @Valid @RequestBody TagsRequest request,
                      @AuthenticationPrincipal AuthUser staff) {
        return review.replaceTags(id, request.tags(), staff);
    }

    /** The registry extract: CSV (UTF-8) or XLSX with a header row; see {@link RegistryColumn}. */
    @PostMapping("/import")
    ImportReport importRegistry(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal AuthUser staff) {
        return registryImport.run(file, staff);
    }
}
