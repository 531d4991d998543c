package cn.dengkou.bizservice.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.bean.WxMaJscode2SessionResult;
import cn.binarywang.wx.miniapp.bean.WxMaPhoneNumberInfo;
import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckRequest;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckResponse;
import me.chanjar.weixin.common.error.WxErrorException;
import org.apache.http.conn.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisConnectionException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The app's only door to WeChat. Every failure is a {@link WechatException} carrying the errcode;
 * nothing WeChat or WxJava says reaches logs or messages. WxJava itself refreshes the token and
 * repeats the call once on 40001/40014/42001, and repeats an errcode -1 once after 1 s.
 */
public class WechatClient {

    private static final Logger log = LoggerFactory.getLogger(WechatClient.class);

    /** Login and phone codes are short URL-safe strings; WxJava puts others into an exception text together with the secret. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    /** msg_sec_check takes at most 2,500 characters per call. */
    static final int CHECK_LIMIT = 2500;

    private final WxMaService wx;
    private final String miniprogramState;
    private final String lang;

    WechatClient(WxMaService wx, WechatProperties props) {
        this.wx = wx;
        this.miniprogramState = props.miniprogramState();
        this.lang = props.lang();
    }

    /** jscode2session: 40029 for an invalid code, 40163 for a used one. */
    public WxSession login(String jsCode) {
        requireCode("login", jsCode);
        WxMaJscode2SessionResult session = call("login", () -> wx.getUserService().getSessionInfo(jsCode));
        if (session == null || isBlank(session.getOpenid())) {
            throw failed("login", WechatException.UNEXPECTED);
        }
        return new WxSession(session.getOpenid(), isBlank(session.getUnionid()) ? null : session.getUnionid());
    }

    /** getuserphonenumber: the number without country code. */
    public String phoneNumber(String code) {
        requireCode("phone", code);
        WxMaPhoneNumberInfo info = call("phone", () -> wx.getUserService().getPhoneNumber(code));
        if (info == null || isBlank(info.getPurePhoneNumber())) {
            throw failed("phone", WechatException.UNEXPECTED);
        }
        return info.getPurePhoneNumber();
    }

    /**
     * Sends one subscribe message. {@code data} goes through {@link TemplateData#normalize} first:
     * a value that cannot be made valid fails with 47003 before anything is sent.
     */
    public void sendSubscribe(String openid, String templateId, String page, Map<String, String> data) {
        if (isBlank(openid)) {
            throw failed("send", WechatException.INVALID_OPENID);
        }
        if (isBlank(templateId)) {
            throw failed("send", WechatException.INVALID_TEMPLATE);
        }
        Map<String, String> values;
        try {
            values = TemplateData.normalize(data);
        } catch (IllegalArgumentException e) {
            throw failed("send", WechatException.INVALID_DATA);
        }
        List<WxMaSubscribeMessage.MsgData> fields = new ArrayList<>();
        values.forEach((name, value) -> fields.add(new WxMaSubscribeMessage.MsgData(name, value)));
        WxMaSubscribeMessage message = WxMaSubscribeMessage.builder()
                .toUser(openid)
                .templateId(templateId)
                .page(isBlank(page) ? null : page)
                .miniprogramState(miniprogramState)
                .lang(lang)
                .data(fields)
                .build();
        call("send", () -> {
            wx.getMsgService().sendSubscribeMsg(message);
            return null;
        });
    }

    /**
     * msg_sec_check v2: {@code "pass"}, {@code "review"} or {@code "risky"}. Longer texts are checked
     * in parts and the worst verdict wins.
     *
     * @param scene 1 profile, 2 comment, 3 forum, 4 social log
     */
    public String checkText(String openid, int scene, String content) {
        if (scene < 1 || scene > 4) {
            throw new IllegalArgumentException("msg_sec_check scene must be 1..4");
        }
        if (isBlank(openid)) {
            throw failed("check", WechatException.INVALID_OPENID);
        }
        if (content == null || content.isBlank()) {
            return "pass";
        }
        String verdict = "pass";
        for (int start = 0; start < content.length() && !verdict.equals("risky"); ) {
            int end = content.offsetByCodePoints(start, Math.min(CHECK_LIMIT, content.codePointCount(start, content.length())));
            String part = content.substring(start, end);
            WxMaMsgSecCheckCheckResponse response = call("check", () -> wx.getSecurityService().checkMessage(
                    WxMaMsgSecCheckCheckRequest.builder().version("2").openid(openid).scene(scene).content(part).build()));
            if (response == null || response.getResult() == null || response.getResult().getSuggest() == null) {
                throw failed("check", WechatException.UNEXPECTED);
            }
            verdict = worse(verdict, response.getResult().getSuggest());
            start = end;
        }
        return verdict;
    }

    /** An unknown verdict is treated as "review": a human looks rather than let it through. */
    private static String worse(String a, String b) {
        return rank(b) > rank(a) ? (rank(b) == 1 ? "review" : b) : a;
    }

    private static int rank(String suggest) {
        return switch (suggest) {
            case "pass" -> 0;
            case "risky" -> 2;
            default -> 1;
        };
    }

    private static void requireCode(String op, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw failed(op, WechatException.INVALID_CODE);
        }
    }

    private <T> T call(String op, WxCall<T> action) {
        try {
            return action.call();
        } catch (WxErrorException e) {
            throw failed(op, e.getError() == null ? WechatException.UNEXPECTED : e.getError().getErrorCode());
        } catch (RuntimeException e) {
            throw failed(op, ioFailure(e));
        }
    }

    /**
     * WxJava wraps I/O errors in runtime exceptions. Failures before the request left (no connection,
     * no pooled connection, no token from Redis) are {@code NOT_SENT}; any other I/O failure may have
     * happened after WeChat got the request, so it is {@code TIMEOUT}: the answer is unknown.
     */
    private static int ioFailure(Throwable e) {
        int code = WechatException.UNEXPECTED;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof ConnectTimeoutException
                    || t instanceof UnknownHostException || t instanceof JedisConnectionException) {
                return WechatException.NOT_SENT;
            }
            if (t instanceof IOException) {
                code = WechatException.TIMEOUT;
            }
        }
        return code;
    }

    /** The one log line per failure: operation and errcode, nothing else. */
    private static WechatException failed(String op, int errcode) {
        log.warn("wechat {} failed errcode={}", op, errcode);
        return new WechatException(errcode);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @FunctionalInterface
    private interface WxCall<T> {
        T call() throws WxErrorException;
    }
}
