package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.push.PushSourceAccess;
import org.springframework.stereotype.Component;

/** A notice's push tasks belong to whoever may manage the notice ({@link NoticeAccess}). */
@Component
class NoticePushAccess implements PushSourceAccess {

    private final NoticeMapper notices;

    NoticePushAccess(NoticeMapper notices) {
        this.notices = notices;
    }

    @Override
    public String refType() {
        return NoticePublishing.REF_TYPE;
    }

    @Override
    public boolean managesAll(AuthUser staff) {
        return NoticeAccess.managesAllOfTheirCounties(staff); // the task list and lookups keep to their counties
    }

    @Override
    public boolean mayManage(AuthUser staff, long noticeId) {
        Notice n = notices.selectById(noticeId);
        return n != null && NoticeAccess.canManage(staff, notices.departmentsOf(noticeId), n.getCounty());
    }
}
