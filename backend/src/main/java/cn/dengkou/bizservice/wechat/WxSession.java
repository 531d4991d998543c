package cn.dengkou.bizservice.wechat;

/**
 * Who a {@code wx.login} code belongs to. The session_key stays inside {@link WechatClient}: nothing
 * in this app decrypts user data with it, so it is never handed out.
 *
 * @param openid  the user's openid in this mini program
 * @param unionid the user's unionid, or {@code null} when the app is not bound to an open platform
 */
public record WxSession(String openid, String unionid) {
}
