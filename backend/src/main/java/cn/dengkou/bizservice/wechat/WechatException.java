package cn.dengkou.bizservice.wechat;

/**
 * A WeChat call that did not succeed: WeChat's errcode, or {@link #TIMEOUT} when no answer came back.
 * The message is a fixed English text with the errcode only, never WeChat's or WxJava's text
 * (WxJava puts the appid, the secret and tokens into its messages).
 */
public class WechatException extends RuntimeException {

    /** WeChat is busy; WxJava has already retried once. */
    public static final int SYSTEM_BUSY = -1;
    /** No answer: connect/read timeout, a full connection pool or another I/O error (Redis included). */
    public static final int TIMEOUT = -2;
    /** An answer we could not use (malformed response, an unexpected WxJava failure). */
    public static final int UNEXPECTED = -3;

    public static final int INVALID_CODE = 40029;
    public static final int CODE_USED = 40163;
    public static final int INVALID_OPENID = 40003;
    public static final int INVALID_TEMPLATE = 40037;
    public static final int INVALID_DATA = 47003;
    /** wx.login of a user WeChat rates high-risk: the login is blocked (not a bad code). */
    public static final int RISKY_USER = 40226;

    private final int errcode;

    public WechatException(int errcode) {
        super(errcode == TIMEOUT ? "WeChat call timed out (errcode=-2)" : "WeChat call failed (errcode=" + errcode + ")");
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
}
