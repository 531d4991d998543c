package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.push.PushRequest;
import cn.dengkou.bizservice.push.PushTasks;
import cn.dengkou.bizservice.push.Recipients;
import cn.dengkou.bizservice.wechat.TemplateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** Tells the owner (inbox and, with quota, a subscribe message of scene {@code feedback}) that their ticket moved. */
@Component
class TicketPushes {

    static final String SCENE = "feedback";
    static final String REF_TYPE = "FEEDBACK";
    private static final Logger log = LoggerFactory.getLogger(TicketPushes.class);

    private final PushTasks pushTasks;
    private final Clock clock;

    TicketPushes(PushTasks pushTasks, Clock clock) {
        this.pushTasks = pushTasks;
        this.clock = clock;
    }

    void replied(Ticket t, String reply, AuthUser staff) {
        push(t, "您反映的问题有了新回复", reply, staff);
    }

    void resolved(Ticket t, String resolution, AuthUser staff) {
        push(t, "您反映的问题已办结", resolution, staff);
    }

    private void push(Ticket t, String title, String text, AuthUser staff) {
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            pushTasks.create(PushRequest.of(SCENE, REF_TYPE, t.getId(), title, text,
                            "/pages/feedback/detail?id=" + t.getId(),
                            new TemplateData().put("thing1", title).put("time2", now).toMap(),
                            Recipients.users(List.of(t.getOwnerId())))
                    .createdBy(staff == null ? null : staff.id())
                    .county(t.getCounty()));
        } catch (IllegalStateException e) {
            // no template configured: the reply stands, the owner reads it in the mini program
            log.error("feedback {} push refused: {}", t.getId(), e.getMessage());
        }
    }
}
