package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.common.QueryParams;
import cn.dengkou.bizservice.job.FairJobs;
import jakarta.validation.constraints.Pattern;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/** The owners' and guests' side: published events by county, kind, township and month. */
@Service
class EventCatalog {

    /** {@code GET /events} filters; {@code month} as {@code 2026-12}. */
    record Query(String kind, String township,
                 @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "月份格式应为 yyyy-MM") String month,
                 String county) {
    }

    private final EventMapper events;
    private final EventCounties counties;
    private final EventAuthoring authoring;
    private final Registrations registrations;
    private final FairJobs fairJobs;
    private final Clock clock;

    EventCatalog(EventMapper events, EventCounties counties, EventAuthoring authoring, Registrations registrations,
                 FairJobs fairJobs, Clock clock) {
        this.events = events;
        this.counties = counties;
        this.authoring = authoring;
        this.registrations = registrations;
        this.fairJobs = fairJobs;
        this.clock = clock;
    }

    PageResult<EventViews.Item> list(Query q, PageQuery page, AuthUser user) {
        LocalDateTime now = LocalDateTime.now(clock);
        String month = QueryParams.orNull(q.month());
        LocalDateTime from = month == null ? null : YearMonth.parse(month).atDay(1).atStartOfDay();
        var found = events.publicPage(page.toPage(), counties.readerCounty(user, q.county()), QueryParams.orNull(q.kind()),
                QueryParams.orNull(q.township()), from, from == null ? null : from.plusMonths(1), now);
        return PageResult.of(found, e -> EventViews.Item.of(e, now));
    }

    /**
     * Published or cancelled (registrants still see it); a bound owner of another county gets 404. A job fair lists its
     * open jobs (the jobs feature's {@link FairJobs}).
     */
    EventViews.Detail get(long id, AuthUser user) {
        Event e = EventRules.listed(events.selectById(id));
        counties.requireReadable(events.countiesOf(id), user);
        return new EventViews.Detail(EventViews.Item.of(e, LocalDateTime.now(clock)), e.getDescription(),
                authoring.audienceOf(e), registrations.mineFor(id, user),
                EventFairCheck.isFair(e) ? fairJobs.listFor(id) : List.of());
    }
}
