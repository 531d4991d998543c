package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.job.JobFairCheck;
import org.springframework.stereotype.Component;

/** Jobs may be linked to a job fair (kind 招聘会) that is not cancelled and is for the job's county. */
@Component
class EventFairCheck implements JobFairCheck {

    static final String JOB_FAIR = "JOB_FAIR";

    private final EventMapper events;

    EventFairCheck(EventMapper events) {
        this.events = events;
    }

    static boolean isFair(Event e) {
        return JOB_FAIR.equals(e.getKind());
    }

    @Override
    public boolean isFairFor(long eventId, String county) {
        Event e = events.withoutDescription(eventId);
        return e != null && isFair(e) && !EventStatus.CANCELLED.name().equals(e.getStatus())
                && events.countiesOf(eventId).contains(county);
    }
}
