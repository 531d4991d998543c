package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.business.OwnedBusinesses;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.wechat.WechatClient;
import cn.dengkou.bizservice.wechat.WechatException;
import cn.dengkou.bizservice.wechat.WxSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;

/** {@code wx.login()} code → our session. The user is keyed by openid; WeChat's session_key never leaves the server. */
@Service
class WxLogin {

    private static final Logger log = LoggerFactory.getLogger(WxLogin.class);

    private final WechatClient wechat;
    private final UserAccountMapper users;
    private final SessionTokens tokens;
    private final OwnedBusinesses businesses;
    private final AuthProperties props;
    private final Clock clock;

    WxLogin(WechatClient wechat, UserAccountMapper users, SessionTokens tokens, OwnedBusinesses businesses,
            AuthProperties props, Clock clock) {
        this.wechat = wechat;
        this.users = users;
        this.tokens = tokens;
        this.businesses = businesses;
        this.props = props;
        this.clock = clock;
    }

    LoginResponse login(String code) {
        WxSession session;
        try {
            session = wechat.login(code);
        } catch (WechatException e) {
            if (e.isRejectedCode()) {
                throw new ApiException(ErrorCode.WX_CODE_INVALID);
            }
            if (e.errcode() == WechatException.RISKY_USER) {
                log.info("wx-login blocked by WeChat for a high-risk user (40226)");
                throw new ApiException(ErrorCode.WX_USER_BLOCKED);
            }
            log.warn("wx-login failed at WeChat, errcode {}", e.errcode());
            throw new ApiException(ErrorCode.WECHAT_UNAVAILABLE);
        }
        UserAccount user = users.findByOpenid(session.openid());
        if (user == null) {
            users.insertOwnerIfAbsent(session.openid(), session.unionid(), LocalDateTime.now(clock));
            user = users.findByOpenid(session.openid());
            log.info("new owner user {}", user.getId());
        }
        if (!Boolean.TRUE.equals(user.getEnabled())) {
            throw new ApiException(ErrorCode.ACCOUNT_DISABLED);
        }
        // a write only for the rare flagged user, not on every login
        if (user.getOpenidInvalidAt() != null && users.clearInvalidOpenid(user.getId()) == 1) {
            log.info("owner user {} logged in again: subscribe messages to them resume", user.getId());
        }
        AuthUser authUser = new AuthUser(user.getId(), user.roleSet(), null);
        String token = tokens.issue(authUser, props.ownerTokenTtl());
        return new LoginResponse(token, props.ownerTokenTtl().toSeconds(),
                new LoginResponse.User(user.getId(), authUser.roles(), null, null, businesses.findForOwner(user.getId())));
    }
}
