package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.push.PushReach;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.dengkou.bizservice.common.QueryParams.orNull;

/** HR's counts of its counties: jobs by status per township, industry and type; hiring needs; contact reveals; alert reach. */
@Service
class JobStats {

    /** Jobs of one township, industry or type by status; {@code code} null = not given. */
    @Schema(name = "JobStatsRow")
    record Row(@Schema(nullable = true) String code, String name, long open, long filled, long expired, long closed) {
    }

    @Schema(name = "JobStatsNeeds")
    record Needs(long submitted, long approved, long rejected, long labourCooperation) {
    }

    /**
     * Job alerts of the counties: subscriptions (and those in the priority groups), digests pushed, their inbox
     * messages ({@code sent}) and how many of those the subscriber opened.
     */
    @Schema(name = "JobStatsAlerts")
    record Alerts(long subscribers, long prioritySubscribers, long digests, long sent, long opened) {
    }

    @Schema(name = "JobStatsView")
    record View(List<Row> byTownship, List<Row> byIndustry, List<Row> byType, Needs hiringNeeds, long contactReveals,
                long contactRevealUsers, Alerts alerts) {
    }

    private final JobStatsMapper stats;
    private final JobAccess access;
    private final Dictionaries dictionaries;
    private final PushReach pushReach;

    JobStats(JobStatsMapper stats, JobAccess access, Dictionaries dictionaries, PushReach pushReach) {
        this.stats = stats;
        this.access = access;
        this.dictionaries = dictionaries;
        this.pushReach = pushReach;
    }

    View of(String county, AuthUser staff) {
        Set<String> counties = access.scope(staff).countiesFor(orNull(county));
        if (counties != null && counties.isEmpty()) {
            return new View(List.of(), List.of(), List.of(), new Needs(0, 0, 0, 0), 0, 0, new Alerts(0, 0, 0, 0, 0));
        }
        Map<String, Long> needs = new LinkedHashMap<>();
        long labour = 0;
        for (Map<String, Object> r : stats.needsByStatus(counties)) {
            needs.put((String) r.get("status"), number(r.get("n")));
            labour += number(r.get("labour"));
        }
        Map<String, Object> reveals = stats.reveals(counties);
        return new View(rows("township", Dictionaries.TOWNSHIPS, counties), rows("industry", Dictionaries.INDUSTRIES, counties),
                rows("job_type", JobRules.JOB_TYPES, counties),
                new Needs(needs.getOrDefault("SUBMITTED", 0L), needs.getOrDefault("APPROVED", 0L),
                        needs.getOrDefault("REJECTED", 0L), labour),
                number(reveals.get("reveals")), number(reveals.get("users")), alerts(counties));
    }

    private Alerts alerts(Set<String> counties) {
        Map<String, Object> s = stats.subscribers(counties, JobSeekerSituation.priorityNames());
        PushReach.Counts push = pushReach.of(JobAlertDigests.REF_TYPE, counties);
        return new Alerts(number(s.get("subscribers")), number(s.get("priority")), push.tasks(), push.messages(), push.read());
    }

    private List<Row> rows(String column, String dictionary, Set<String> counties) {
        Map<String, long[]> byCode = new LinkedHashMap<>();
        for (Map<String, Object> r : stats.jobsBy(column, counties)) {
            long[] n = byCode.computeIfAbsent((String) r.get("code"), k -> new long[4]);
            n[JobStatus.valueOf((String) r.get("status")).ordinal()] += number(r.get("n"));
        }
        List<Row> out = new ArrayList<>();
        byCode.forEach((code, n) -> out.add(new Row(code, code == null ? "未填写" : dictionaries.nameOf(dictionary, code),
                n[JobStatus.OPEN.ordinal()], n[JobStatus.FILLED.ordinal()], n[JobStatus.EXPIRED.ordinal()],
                n[JobStatus.CLOSED.ordinal()])));
        out.sort((a, b) -> Long.compare(b.open() + b.filled() + b.expired() + b.closed(), a.open() + a.filled() + a.expired() + a.closed()));
        return out;
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
