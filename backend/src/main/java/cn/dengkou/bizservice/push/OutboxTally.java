package cn.dengkou.bizservice.push;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outbox rows by status (every status, zeros included), folded the one way every report reads them: FAILED and DEAD
 * are failed, QUEUED, HELD and CLAIMED still pending, and recipients who got no row at all had no quota.
 */
record OutboxTally(Map<String, Long> byStatus) {

    /** From rows {k: status, v: count}. */
    static OutboxTally of(List<Map<String, Object>> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (OutboxStatus s : OutboxStatus.values()) {
            counts.put(s.name(), 0L);
        }
        rows.forEach(r -> counts.put((String) r.get("k"), ((Number) r.get("v")).longValue()));
        return new OutboxTally(counts);
    }

    long get(OutboxStatus s) {
        return byStatus.get(s.name());
    }

    long rows() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    long sent() {
        return get(OutboxStatus.SENT);
    }

    long failed() {
        return get(OutboxStatus.FAILED) + get(OutboxStatus.DEAD);
    }

    /** {@code withoutRow}: recipients who got an inbox message but no outbox row (no quota when enqueued). */
    long noQuota(long withoutRow) {
        return withoutRow + get(OutboxStatus.NO_QUOTA);
    }

    long pending() {
        return get(OutboxStatus.QUEUED) + get(OutboxStatus.HELD) + get(OutboxStatus.CLAIMED);
    }
}
