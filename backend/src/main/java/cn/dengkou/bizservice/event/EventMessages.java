package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.push.PushTaskView;
import cn.dengkou.bizservice.push.PushTasks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;

/** Staff send a follow-up to one group of an event's registrants through the push engine. */
@Service
class EventMessages {

    /** Which registrants: those holding a seat, waiting, who came, or everyone still registered. */
    enum Group {
        CONFIRMED(EventAudiences.CONFIRMED), WAITLISTED(EventAudiences.WAITLISTED),
        CHECKED_IN(EventAudiences.CHECKED_IN), REGISTERED(EventAudiences.REGISTERED);

        final String source;

        Group(String source) {
            this.source = source;
        }
    }

    record MessageRequest(@NotNull(message = "请选择发送对象") Group to,
                          @NotBlank(message = "请填写标题") @Size(max = 50, message = "标题不能超过50字") String title,
                          @NotBlank(message = "请填写内容") @Size(max = 500, message = "内容不能超过500字") String content) {
    }

    private final EventMapper events;
    private final EventPushes pushes;
    private final PushTasks pushTasks;

    EventMessages(EventMapper events, EventPushes pushes, PushTasks pushTasks) {
        this.events = events;
        this.pushes = pushes;
        this.pushTasks = pushTasks;
    }

    PushTaskView send(long eventId, MessageRequest r, AuthUser staff) {
        Event e = EventAccess.manageable(events, eventId, staff);
        return pushTasks.view(pushes.followUp(e, r.to().source, r.title().strip(), r.content().strip(), staff.id()));
    }
}
