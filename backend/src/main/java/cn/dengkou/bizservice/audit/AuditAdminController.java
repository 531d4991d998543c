package cn.dengkou.bizservice.audit;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.common.StaffRule;
import cn.dengkou.bizservice.common.StaffScope;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every subject's trail for ADMIN (a county ADMIN: its counties' subjects, and those not scoped by county yet);
 * features show their own subjects' trails on their own endpoints.
 */
@RestController
@Tag(name = "后台·审计", description = "管理员查看所有操作的审计记录")
@RequestMapping("/api/v1/admin/audit")
@PreAuthorize(Access.ADMIN)
class AuditAdminController {

    private static final StaffRule RULE = StaffRule.whole(Role.ADMIN);

    private final AuditTrail trail;

    AuditAdminController(AuditTrail trail) {
        this.trail = trail;
    }

    /** Newest first; {@code subjectKind} is notice, business or staff (later job, event, ticket). */
    @GetMapping
    PageResult<AuditTrail.Entry> list(@Valid AuditFilter filter, @Valid PageQuery page,
                                      @AuthenticationPrincipal AuthUser admin) {
        StaffScope scope = RULE.scopeOf(admin).orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN));
        return trail.page(filter.subjectKind(), filter.subjectId(), scope.counties(), page);
    }
}
