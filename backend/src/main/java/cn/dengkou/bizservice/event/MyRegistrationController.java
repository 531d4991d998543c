package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An owner's own registrations, each confirmed one with its check-in code. */
@RestController
@Tag(name = "服务月活动·我的报名", description = "经营者查看自己的活动报名与签到码")
@RequestMapping("/api/v1/me/registrations")
@PreAuthorize(Access.OWNER)
class MyRegistrationController {

    private final Registrations registrations;

    MyRegistrationController(Registrations registrations) {
        this.registrations = registrations;
    }

    /** Newest first; {@code checkInCode} (shown as a QR code) while CONFIRMED. */
    @GetMapping
    PageResult<EventViews.MyRegistrationItem> mine(@Valid PageQuery page, @AuthenticationPrincipal AuthUser owner) {
        return registrations.mine(owner, page);
    }
}
