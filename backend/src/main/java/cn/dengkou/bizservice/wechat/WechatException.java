package cn.dengkou.bizservice.wechat;

/**
 * A WeChat call that did not succeed: WeChat's errcode, or {@link #TIMEOUT} when no answer came back.
 * The message is a fixed English text with the errcode only, never WeChat's or WxJava's text
 * (WxJava puts the appid, the secret and tokens into its messages).
 */
public class WechatException extends RuntimeException {

    /** WeChat is busy; WxJava has already retried once. */
    public static final int SYSTEM_BUSY = -1;
    /** No answer after the request went out (read timeout, connection dropped): it may have been acted on. */
    public static final int TIMEOUT = -2;
    /** An answer we could not use (malformed response, an unexpected WxJava failure). */
    public static final int UNEXPECTED = -3;
    /**
     * The request never left: no connection (refused, connect timeout, unknown host), no free pooled
     * connection, or no access token (Redis unreachable). Safe to try again.
     */
    public static final int NOT_SENT = -4;

    public static final int INVALID_CODE = 40029;
    public static final int CODE_USED = 40163;
    public static final int INVALID_OPENID = 40003;
    public static final int INVALID_TEMPLATE = 40037;
    public static final int INVALID_DATA = 47003;
    /** wx.login of a user WeChat rates high-risk: the login is blocked (not a bad code). */
    public static final int RISKY_USER = 40226;

    private final int errcode;

    public WechatException(int errcode) {
        super(errcode == TIMEOUT ? "WeChat call timed out (errcode=-2)"
                : errcode == NOT_SENT ? "WeChat call not sent (errcode=-4)" : "WeChat call failed (errcode=" + errcode + ")");
        this.errcode = errcode;
    }

    public int errcode() {
        return errcode;
    }

    /**
     * The code the mini program sent (from {@code wx.login} or {@code getPhoneNumber}) is wrong,
     * expired or already used: the user's to retry, not a fault of ours or WeChat's.
     */
    public boolean isRejectedCode() {
        return errcode == INVALID_CODE || errcode == CODE_USED;
    }

    public boolean isTimeout() {
        return errcode == TIMEOUT;
    }

    /** WeChat never received the request ({@link #NOT_SENT}). */
    public boolean wasNotSent() {
        return errcode == NOT_SENT;
    }
}
