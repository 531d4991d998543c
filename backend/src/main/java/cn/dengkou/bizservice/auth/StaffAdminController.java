package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "后台·员工账号", description = "管理员维护员工账号：创建、停用、启用，分配角色与部门")
@RequestMapping("/api/v1/admin/staff")
@PreAuthorize(Access.ADMIN)
class StaffAdminController {

    private final StaffAccounts staff;

    StaffAdminController(StaffAccounts staff) {
        this.staff = staff;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    StaffView create(@Valid @RequestBody StaffRequest request, @AuthenticationPrincipal AuthUser admin) {
        return staff.create(request, admin);
    }

    @GetMapping
    PageResult<StaffView> list(@Valid PageQuery page, @AuthenticationPrincipal AuthUser admin) {
        return staff.list(page, admin);
    }

    @PostMapping("/{id}/disable")
    StaffView disable(@PathVariable long id, @AuthenticationPrincipal AuthUser admin) {
        return staff.setEnabled(id, false, admin);
    }

    @PostMapping("/{id}/enable")
    StaffView enable(@PathVariable long id, @AuthenticationPrincipal AuthUser admin) {
        return staff.setEnabled(id, true, admin);
    }
}
