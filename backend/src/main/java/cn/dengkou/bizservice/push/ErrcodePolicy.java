package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.wechat.WechatException;

/** What the dispatcher does with each answer to a send: the errcode table of wechat-notes.md, in one place. */
enum ErrcodePolicy {
    /** errcode 0. */
    SENT,
    /** 43101: the user is owed nothing; the ledger goes to 0, never retried. */
    NO_QUOTA,
    /** 40003 bad openid, 47003 bad field, 45168 sensitive word: dropped for good. */
    DROP,
    /**
     * -1 busy, 43108 concurrent sends to one user, -4 never sent (no connection, no token), token
     * errors WechatClient could not fix, anything unknown.
     */
    RETRY,
    /** 40037 bad template, 41030 bad page, 43107 capability banned: a configuration problem, the whole task waits for staff. */
    PAUSE_TASK,
    /** 45009: daily quota gone, everything waits until tomorrow 00:00. */
    HOLD_UNTIL_TOMORROW,
    /** 45011: minute quota gone, everything waits for the next minute. */
    HOLD_UNTIL_NEXT_MINUTE,
    /**
     * No answer (-2: timeout or other I/O) or an answer we could not read (-3). WeChat's send has no
     * idempotency key, so the message may have been delivered: it is never sent again.
     */
    UNKNOWN;

    static ErrcodePolicy of(int errcode) {
        return switch (errcode) {
            case 0 -> SENT;
            case 43101 -> NO_QUOTA;
            case 40003, 47003, 45168 -> DROP;
            case 40037, 41030, 43107 -> PAUSE_TASK;
            case 45009 -> HOLD_UNTIL_TOMORROW;
            case 45011 -> HOLD_UNTIL_NEXT_MINUTE;
            case WechatException.TIMEOUT, WechatException.UNEXPECTED -> UNKNOWN;
            default -> RETRY;
        };
    }
}
