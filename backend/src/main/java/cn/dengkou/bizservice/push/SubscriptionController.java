package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Set;

@RestController
@Tag(name = "订阅消息", description = "订阅消息模板、用户授权结果的上报与剩余次数")
@RequestMapping("/api/v1")
class SubscriptionController {

    record Template(String scene, String templateId) {
    }

    record Results(@NotNull(message = "不能为空") @Size(max = 20, message = "模板过多") Map<String, String> results) {
    }

    record Quota(Map<String, Integer> quota) {
    }

    private static final Set<String> RESULTS = Set.of(SubscriptionLedger.ACCEPT, SubscriptionLedger.REJECT,
            SubscriptionLedger.BAN, SubscriptionLedger.FILTER);

    private final SubscriptionLedger ledger;

    SubscriptionController(SubscriptionLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/subscription-templates")
    @PreAuthorize(Access.PUBLIC)
    List<Template> templates() {
        return ledger.templates().entrySet().stream().map(e -> new Template(e.getKey(), e.getValue())).toList();
    }

    /** What {@code wx.requestSubscribeMessage} answered, passed on as is. */
    @PostMapping("/me/subscriptions")
    @PreAuthorize(Access.OWNER)
    Quota record(@AuthenticationPrincipal AuthUser user, @Valid @RequestBody Results body) {
        body.results().forEach((templateId, result) -> {
            if (!ledger.isKnownTemplate(templateId)) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, "results 中有未知的订阅消息模板");
            }
            if (!RESULTS.contains(result)) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, "订阅结果只能是 accept、reject、ban 或 filter");
            }
        });
        return new Quota(ledger.record(user.id(), body.results()));
    }

    @GetMapping("/me/subscriptions")
    @PreAuthorize(Access.OWNER)
    Quota quota(@AuthenticationPrincipal AuthUser user) {
        return new Quota(ledger.quotaOf(user.id()));
    }
}
