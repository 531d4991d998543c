package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The owner's own business: there is no way to name another owner's. */
@RestController
@Tag(name = "经营主体绑定", description = "经营者用统一社会信用代码认领并绑定自己的经营主体，查看审核状态")
@RequestMapping("/api/v1/me/business")
@PreAuthorize(Access.OWNER)
class BusinessController {

    record BindResponse(long id, BusinessStatus status) {
    }

    private final BusinessBinding binding;
    private final OwnedBusinesses owned;

    BusinessController(BusinessBinding binding, OwnedBusinesses owned) {
        this.binding = binding;
        this.owned = owned;
    }

    /** 201 for a new claim; 200 with the same answer when this owner had already bound the code. */
    @PostMapping
    @ApiResponse(responseCode = "201", description = "新提交的绑定申请",
            content = @Content(schema = @Schema(implementation = BindResponse.class)))
    @ApiResponse(responseCode = "200", description = "本人此前已绑定该代码：同样的结果",
            content = @Content(schema = @Schema(implementation = BindResponse.class)))
    ResponseEntity<BindResponse> bind(@AuthenticationPrincipal AuthUser user, @Valid @RequestBody BindRequest request) {
        BusinessBinding.Outcome outcome = binding.bind(user.id(), request);
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new BindResponse(outcome.id(), outcome.status()));
    }

    @GetMapping
    BusinessView mine(@AuthenticationPrincipal AuthUser user) {
        BusinessView business = owned.findForOwner(user.id());
        if (business == null) {
            throw new ApiException(ErrorCode.BUSINESS_NOT_FOUND, "您还没有绑定经营主体");
        }
        return business;
    }
}
