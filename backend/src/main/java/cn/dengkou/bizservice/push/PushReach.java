package cn.dengkou.bizservice.push;

import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;

/**
 * How far one source's pushes reached in some counties, for a feature's stats (job alerts): the inbox messages of
 * its tasks ({@code push_task.ref_type}) started in those counties ({@code push_task.county}), and how many were read.
 */
@Component
public class PushReach {

    /** {@code messages}: inbox messages written; {@code read}: those the recipient opened. */
    public record Counts(long tasks, long messages, long read) {
    }

    private final PushReachMapper reach;

    PushReach(PushReachMapper reach) {
        this.reach = reach;
    }

    /** {@code counties} null = every county; an empty collection reaches nobody. */
    public Counts of(String refType, Collection<String> counties) {
        if (counties != null && counties.isEmpty()) {
            return new Counts(0, 0, 0);
        }
        Map<String, Object> r = reach.count(refType, counties);
        return new Counts(number(r.get("tasks")), number(r.get("messages")), number(r.get("opened")));
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
