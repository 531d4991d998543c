package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.auth.Accounts;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.wechat.WechatClient;
import cn.dengkou.bizservice.wechat.WechatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * WeChat's text check (msg_sec_check v2) of what an owner writes. Risky text is refused; text WeChat wants a human
 * to look at, or that could not be checked (WeChat down), is accepted and flagged for staff: never lost.
 */
@Component
class ContentCheck {

    private static final Logger log = LoggerFactory.getLogger(ContentCheck.class);
    /** msg_sec_check scene 2: a comment (what a complaint or an opinion is closest to). */
    private static final int SCENE_COMMENT = 2;

    /** What staff see next to accepted text. */
    enum Flag {
        /** WeChat suggests a human review. */
        REVIEW,
        /** WeChat could not be asked. */
        UNCHECKED
    }

    private final WechatClient wechat;
    private final Accounts accounts;

    ContentCheck(WechatClient wechat, Accounts accounts) {
        this.wechat = wechat;
        this.accounts = accounts;
    }

    /** Null when WeChat passed the text; a flag when accepted for a human to look at; CONTENT_RISKY when refused. */
    Flag check(long userId, String text) {
        String openid = accounts.openidOf(userId);
        if (openid == null) {
            return Flag.UNCHECKED; // recorded by staff for a business (a visit): nobody's openid to check under
        }
        String verdict;
        try {
            verdict = wechat.checkText(openid, SCENE_COMMENT, text);
        } catch (WechatException e) {
            log.warn("content check of user {} failed at WeChat (errcode {}): accepted unchecked", userId, e.errcode());
            return Flag.UNCHECKED;
        }
        return switch (verdict) {
            case "pass" -> null;
            case "risky" -> throw new ApiException(ErrorCode.CONTENT_RISKY,
                    "内容未通过微信安全检测，请删除不当言辞后重新提交");
            default -> Flag.REVIEW;
        };
    }
}
