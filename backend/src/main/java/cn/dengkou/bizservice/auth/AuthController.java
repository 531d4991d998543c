package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.wechat.WechatCalls;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.concurrent.CompletableFuture;

@RestController
@Tag(name = "登录", description = "小程序 wx.login 登录、员工账号密码登录与退出，返回 Bearer token")
@RequestMapping("/api/v1/auth")
class AuthController {

    record WxLoginRequest(@NotBlank(message = "不能为空") @Size(max = 128, message = "格式不正确") String code) {
    }

    record StaffLoginRequest(@NotBlank(message = "不能为空") @Size(max = 64, message = "格式不正确") String username,
                             @NotBlank(message = "不能为空") @Size(max = 72, message = "格式不正确") String password) {
    }

    private final WxLogin wxLogin;
    private final StaffLogin staffLogin;
    private final SessionTokens tokens;
    private final WechatCalls wechatCalls;

    AuthController(WxLogin wxLogin, StaffLogin staffLogin, SessionTokens tokens, WechatCalls wechatCalls) {
        this.wxLogin = wxLogin;
        this.wechatCalls = wechatCalls;
        this.staffLogin = staffLogin;
        this.tokens = tokens;
    }

    /** Waits on WeChat's code2session, so it runs on {@link WechatCalls}, off the request threads. */
    @PostMapping("/wx-login")
    @PreAuthorize(Access.PUBLIC)
    CompletableFuture<LoginResponse> wxLogin(@Valid @RequestBody WxLoginRequest request) {
        return wechatCalls.run(() -> wxLogin.login(request.code()));
    }

    @PostMapping("/staff-login")
    @PreAuthorize(Access.PUBLIC)
    LoginResponse staffLogin(@Valid @RequestBody StaffLoginRequest request) {
        return staffLogin.login(request.username(), request.password());
    }

    @PostMapping("/logout")
    @PreAuthorize(Access.AUTHENTICATED)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(HttpServletRequest request) {
        tokens.revoke(BearerTokenFilter.bearer(request));
    }
}
