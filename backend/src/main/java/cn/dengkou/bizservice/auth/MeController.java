package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.business.BusinessView;
import cn.dengkou.bizservice.business.OwnedBusinesses;
import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PhoneNumbers;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.push.Inbox;
import cn.dengkou.bizservice.wechat.WechatCalls;
import cn.dengkou.bizservice.wechat.WechatClient;
import cn.dengkou.bizservice.wechat.WechatException;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

@RestController
@Tag(name = "我的账号", description = "当前登录用户的资料、未读消息数与手机号绑定")
@RequestMapping("/api/v1/me")
class MeController {

    private static final Logger log = LoggerFactory.getLogger(MeController.class);

    /**
     * @param county         a staff member's division (a county, or the prefecture); an owner's is their business's
     *                       (null while unbound)
     * @param unreadMessages unread inbox messages (owners; 0 for staff, who have no inbox)
     */
    record Me(long id, Set<Role> roles, @Schema(nullable = true) String displayName,
              @Schema(nullable = true) String department, @Schema(nullable = true) String county,
              @Schema(nullable = true) String countyName, @Schema(nullable = true) String phone,
              @Schema(nullable = true) BusinessView business, long unreadMessages) {
    }

    record PhoneRequest(@NotBlank(message = "不能为空") @Size(max = 128, message = "格式不正确") String code) {
    }

    record PhoneResponse(String phone) {
    }

    private final UserAccountMapper users;
    private final OwnedBusinesses businesses;
    private final Inbox inbox;
    private final WechatClient wechat;
    private final WechatCalls wechatCalls;
    private final Clock clock;
    private final Counties counties;

    MeController(UserAccountMapper users, OwnedBusinesses businesses, Inbox inbox, WechatClient wechat,
                 WechatCalls wechatCalls, Clock clock, Counties counties) {
        this.counties = counties;
        this.wechatCalls = wechatCalls;
        this.users = users;
        this.businesses = businesses;
        this.inbox = inbox;
        this.wechat = wechat;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(Access.AUTHENTICATED)
    Me me(@AuthenticationPrincipal AuthUser user) {
        UserAccount account = users.selectById(user.id());
        boolean owner = user.has(Role.OWNER);
        BusinessView business = owner ? businesses.findForOwner(user.id()) : null;
        String county = owner ? (business == null ? null : business.county()) : account.getCounty();
        return new Me(account.getId(), account.roleSet(), account.getDisplayName(), account.getDepartment(), county,
                county == null ? null : counties.name(county), PhoneNumbers.mask(account.getPhone()), business, owner ? inbox.unreadCount(user.id()) : 0);
    }

    @PostMapping("/phone")
    @PreAuthorize(Access.OWNER)
    CompletableFuture<PhoneResponse> bindPhone(@AuthenticationPrincipal AuthUser user,
                                               @Valid @RequestBody PhoneRequest request) {
        // waits on WeChat's getuserphonenumber: off the request threads
        return wechatCalls.run(() -> bind(user.id(), request.code()));
    }

    private PhoneResponse bind(long userId, String code) {
        String phone;
        try {
            phone = wechat.phoneNumber(code);
        } catch (WechatException e) {
            if (e.isRejectedCode()) {
                throw new ApiException(ErrorCode.PHONE_CODE_INVALID);
            }
            // anything else (40013 wrong appid included) is ours or WeChat's to fix, not the user's
            log.warn("phone number lookup failed at WeChat, errcode {}", e.errcode());
            throw new ApiException(ErrorCode.WECHAT_UNAVAILABLE);
        }
        users.setPhone(userId, phone, LocalDateTime.now(clock));
        return new PhoneResponse(PhoneNumbers.mask(phone));
    }
}
