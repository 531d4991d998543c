package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

import java.util.List;

/** A bound, verified owner files hiring needs (用工备案) and follows their status; only their own. */
@RestController
@Tag(name = "我的用工需求", description = "已认证经营主体登记用工需求（用工备案），查看审核状态")
@RequestMapping("/api/v1/me/hiring-needs")
@PreAuthorize(Access.OWNER)
class MyHiringNeedController {

    private final HiringNeedFiling filing;

    MyHiringNeedController(HiringNeedFiling filing) {
        this.filing = filing;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "已提交，等待人社局审核")
    HiringNeedView.Created file(@Valid @RequestBody HiringNeedRequest request, @AuthenticationPrincipal AuthUser owner) {
        return filing.file(request, owner);
    }

    @GetMapping
    List<HiringNeedView> mine(@AuthenticationPrincipal AuthUser owner) {
        return filing.mine(owner);
    }

    /** Another owner's need → 404. */
    @GetMapping("/{id}")
    HiringNeedView get(@PathVariable long id, @AuthenticationPrincipal AuthUser owner) {
        return filing.get(id, owner);
    }
}
