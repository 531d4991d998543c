package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.push.PushSourceAccess;
import org.springframework.stereotype.Component;

/** An event's push tasks belong to whoever may manage the event ({@link EventAccess}). */
@Component
class EventPushAccess implements PushSourceAccess {

    private final EventMapper events;

    EventPushAccess(EventMapper events) {
        this.events = events;
    }

    @Override
    public String refType() {
        return EventPushes.REF_TYPE;
    }

    @Override
    public boolean managesAll(AuthUser staff) {
        return EventAccess.managesAllOfTheirCounties(staff); // HR: only the bureau's events, one by one
    }

    @Override
    public boolean mayManage(AuthUser staff, long eventId) {
        Event e = events.selectById(eventId);
        return e != null && EventAccess.mayManage(staff, e);
    }
}
