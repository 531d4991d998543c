package cn.dengkou.bizservice.push;

import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One county's share of a push task (the recipients whose business is of those counties), for reports: a prefecture
 * notice's task reaches several counties, and a county's staff see their own county's part of it.
 */
@Component
public class PushShare {

    /** The task's counts over the recipients of the counties; {@code noQuota} includes those who got no row at all. */
    public record Counts(long delivered, long sent, long failed, long noQuota, long unknown, long pending) {
    }

    /** Joins a table's rows (alias x) to the recipient's business, of the task and the counties. */
    static final String IN_COUNTIES = " JOIN business b ON b.owner_user_id = x.user_id WHERE x.task_id = #{task}"
            + " AND b.county IN <foreach collection='counties' item='c' open='(' separator=',' close=')'>#{c}</foreach>";

    private final InboxMessageMapper inbox;
    private final PushOutboxMapper outbox;

    PushShare(InboxMessageMapper inbox, PushOutboxMapper outbox) {
        this.inbox = inbox;
        this.outbox = outbox;
    }

    /**
     * The task's inbox messages grouped by the recipient's business as it is now: rows {county, township, kind, n}
     * (all three null for users without a business), for a source's breakdown by county, township and kind.
     */
    public List<Map<String, Object>> deliveredByBusiness(long taskId) {
        return inbox.countByBusiness(taskId);
    }

    /** The share of these (non-empty) counties in the task. */
    public Counts of(long taskId, Collection<String> counties) {
        long delivered = inbox.countIn(taskId, counties);
        OutboxTally tally = OutboxTally.of(outbox.countByStatusIn(taskId, counties));
        // every recipient has an inbox message; only those with quota got an outbox row
        return new Counts(delivered, tally.sent(), tally.failed(), tally.noQuota(delivered - tally.rows()),
                tally.get(OutboxStatus.UNKNOWN), tally.pending());
    }
}
