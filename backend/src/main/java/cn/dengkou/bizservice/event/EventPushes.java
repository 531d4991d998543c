package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.push.PushRequest;
import cn.dengkou.bizservice.push.PushTasks;
import cn.dengkou.bizservice.push.Recipients;
import cn.dengkou.bizservice.targeting.Audience;
import cn.dengkou.bizservice.wechat.TemplateData;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What events tell people through the push engine (scene {@code event}): a promotion from the waitlist, a
 * cancellation, a reminder. Each has a dedup key, so nobody is told the same thing twice, whichever instance asks.
 */
@Component
class EventPushes {

    static final String SCENE = "event";
    static final String REF_TYPE = "EVENT";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final PushTasks pushTasks;

    EventPushes(PushTasks pushTasks) {
        this.pushTasks = pushTasks;
    }

    /** The first waitlisted person got a seat. */
    long promoted(Event e, long registrationId, long userId) {
        return push(e, "候补报名已转为正式报名", "您候补的活动「" + e.getTitle() + "」有了空位，报名已确认，请按时参加。",
                "候补转正，报名已确认", Recipients.users(List.of(userId)), "event-promoted:" + registrationId, false);
    }

    /** Everyone still registered (confirmed or waitlisted) hears at once, quiet hours or not. */
    long cancelled(Event e) {
        return push(e, "活动已取消", "您报名的活动「" + e.getTitle() + "」已取消，给您带来不便敬请谅解。", "活动已取消",
                Recipients.of(EventAudiences.REGISTERED, e.getId()), "event-cancelled:" + e.getId(), true);
    }

    /** Confirmed registrants, {@code lead} before the start. */
    long reminder(Event e, Duration lead) {
        String when = lead.toHours() >= 1 && lead.toMinutes() % 60 == 0 ? lead.toHours() + "小时" : lead.toMinutes() + "分钟";
        return push(e, "活动即将开始", "您报名的活动「" + e.getTitle() + "」将于" + SHOWN.format(e.getStartAt()) + "开始（约" + when
                        + "后），地点：" + e.getAddress() + "。请出示签到码签到。", "活动将于" + when + "后开始",
                Recipients.of(EventAudiences.CONFIRMED, e.getId()), "event-reminder:" + e.getId() + ":" + lead.toMinutes(), false);
    }

    /** The invitation on publish: bound, verified owners of the audience (within the event's counties). */
    long invitation(Event e, Audience reach, boolean urgent, long staffId) {
        var data = new TemplateData().put("thing1", e.getTitle()).put("time2", e.getStartAt()).put("thing3", "欢迎报名参加").toMap();
        return pushTasks.create(PushRequest.of(SCENE, REF_TYPE, e.getId(), "活动邀请：" + e.getTitle(),
                        "活动将于" + SHOWN.format(e.getStartAt()) + "在" + e.getAddress() + "举行，欢迎报名。",
                        "/pages/event/detail?id=" + e.getId(), data, Recipients.owners(reach))
                .dedupKey("event-invite:" + e.getId()).urgent(urgent).createdBy(staffId).county(e.getCounty())).id();
    }

    /** How many bound, verified owners an invitation would reach now. */
    long audienceSize(Audience reach) {
        return pushTasks.audienceSize(Recipients.owners(reach));
    }

    /** Staff's own message to one group of registrants (e.g. the training materials to those who came). */
    long followUp(Event e, String source, String title, String content, long staffId) {
        var data = new TemplateData().put("thing1", e.getTitle()).put("time2", e.getStartAt()).put("thing3", title).toMap();
        return pushTasks.create(PushRequest.of(SCENE, REF_TYPE, e.getId(), title, content,
                "/pages/event/detail?id=" + e.getId(), data, Recipients.of(source, e.getId()))
                .createdBy(staffId).county(e.getCounty())).id();
    }

    private long push(Event e, String title, String summary, String note, Recipients to, String dedupKey, boolean urgent) {
        var data = new TemplateData().put("thing1", e.getTitle()).put("time2", e.getStartAt()).put("thing3", note).toMap();
        return pushTasks.create(PushRequest.of(SCENE, REF_TYPE, e.getId(), title, summary,
                        "/pages/event/detail?id=" + e.getId(), data, to)
                .dedupKey(dedupKey).urgent(urgent).county(e.getCounty())).id();
    }
}
