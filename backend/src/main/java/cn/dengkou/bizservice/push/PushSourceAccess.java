package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.common.AuthUser;

/**
 * Who may see and control the push tasks a feature started: "whoever may manage the
 * notice/job/event/feedback that started them". Each feature that pushes provides one as a bean;
 * a task whose source has no guard is ADMIN's alone.
 */
public interface PushSourceAccess {

    /** The {@code refType} of the tasks this guards, e.g. {@code NOTICE}. */
    String refType();

    /**
     * Whether this staff member may manage every source of this type in the counties they act in (no per-source
     * check needed: {@link PushTaskAccess} keeps county staff to their counties' tasks).
     */
    boolean managesAll(AuthUser staff);

    /** Whether this staff member may manage the source {@code refId} (false when it does not exist). */
    boolean mayManage(AuthUser staff, long refId);
}
