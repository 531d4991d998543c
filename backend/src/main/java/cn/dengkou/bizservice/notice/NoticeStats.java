package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.push.PushTaskView;
import cn.dengkou.bizservice.push.PushTasks;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A notice's reach funnel for staff: how many owners the push was for, got it in their inbox, got a
 * subscribe message (or had no quota, or it failed), opened it (unique readers), favourited it;
 * broken down by county, by township and by kind of business. Withdrawn notices keep their numbers.
 * A prefecture notice's numbers are the sum over the counties it reached ({@code byCounty} splits them); county staff
 * (who manage only their county's notices) see only rows of their counties and of readers without a business.
 */
@Service
class NoticeStats {

    static final String NO_BUSINESS = "未绑定经营主体";

    private final NoticeMapper notices;
    private final NoticeStatsMapper stats;
    private final PushTasks pushTasks;
    private final Dictionaries dictionaries;

    NoticeStats(NoticeMapper notices, NoticeStatsMapper stats, PushTasks pushTasks, Dictionaries dictionaries) {
        this.notices = notices;
        this.stats = stats;
        this.pushTasks = pushTasks;
        this.dictionaries = dictionaries;
    }

    /** One row of a breakdown; {@code code} null = users without a bound business. */
    record Row(@Schema(nullable = true) String code, String name, long delivered, long opened, long favorited) {
    }

    /**
     * @param audience        bound, verified owners the audience matched when it was published with a push (else null)
     * @param inboxDelivered  inbox messages written (the push task's total)
     * @param subscribePending subscribe messages not settled yet (queued, held or being sent)
     */
    record View(long noticeId, String title, String status, String statusName,
                @Schema(nullable = true) LocalDateTime publishedAt,
                @Schema(nullable = true) LocalDateTime withdrawnAt, @Schema(nullable = true) Long pushTaskId,
                @Schema(nullable = true) String pushTaskStatus, @Schema(nullable = true) Integer audience,
                long inboxDelivered, long subscribeSent, long subscribeNoQuota, long subscribeFailed,
                long subscribeUnknown, long subscribePending, long opened, long favorited, List<Row> byTownship,
                List<Row> byKind, List<Row> byCounty) {
    }

    View of(long id, AuthUser staff) {
        Notice n = NoticeAccess.manageable(notices, id, staff);
        PushTaskView task = n.getPushTaskId() == null ? null : pushTasks.view(n.getPushTaskId());
        Set<String> in = NoticeAccess.scope(staff).counties();
        List<Map<String, Object>> delivered = within(in, task == null ? List.of() : stats.delivered(task.id()));
        List<Map<String, Object>> readers = within(in, stats.readers(id));
        List<Map<String, Object>> favorites = within(in, stats.favorites(id));
        return new View(id, n.getTitle(), n.getStatus(), NoticeStatus.valueOf(n.getStatus()).label, n.getPublishedAt(),
                n.getWithdrawnAt(), n.getPushTaskId(), task == null ? null : task.status(), n.getAudienceSize(),
                task == null ? 0 : task.total(), task == null ? 0 : task.sent(), task == null ? 0 : task.noQuota(),
                task == null ? 0 : task.failed(), task == null ? 0 : task.unknown(), task == null ? 0 : task.pending(),
                sum(readers), sum(favorites),
                breakdown(Dictionaries.TOWNSHIPS, "township", one(in), delivered, readers, favorites),
                breakdown(Dictionaries.BUSINESS_KINDS, "kind", null, delivered, readers, favorites),
                breakdown(Dictionaries.COUNTIES, "county", null, delivered, readers, favorites).stream()
                        .filter(r -> in == null || r.code() == null || in.contains(r.code())).toList());
    }

    /** The one county of a county staff member (whose zero rows list only their own townships), else null. */
    private static String one(Set<String> counties) {
        return counties != null && counties.size() == 1 ? counties.iterator().next() : null;
    }

    /**
     * The rows of these counties (null = every county) and those without a business: county staff see only their own
     * county's notices, whose guest readers are theirs.
     */
    private static List<Map<String, Object>> within(Set<String> counties, List<Map<String, Object>> rows) {
        return counties == null ? rows : rows.stream()
                .filter(r -> r.get("county") == null || counties.contains((String) r.get("county"))).toList();
    }

    /** Every dictionary entry in its order (zeros included), then codes no longer in it, then users without a business. */
    private List<Row> breakdown(String dictionary, String column, String county, List<Map<String, Object>> delivered,
                                List<Map<String, Object>> readers, List<Map<String, Object>> favorites) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        dictionaries.entries(dictionary, county).keySet().forEach(code -> counts.put(code, new long[3]));
        add(counts, column, delivered, 0);
        add(counts, column, readers, 1);
        add(counts, column, favorites, 2);
        long[] none = counts.remove(null);
        List<Row> rows = new ArrayList<>();
        counts.forEach((code, c) -> rows.add(new Row(code, dictionaries.nameOf(dictionary, code), c[0], c[1], c[2])));
        if (none != null) {
            rows.add(new Row(null, NO_BUSINESS, none[0], none[1], none[2]));
        }
        return rows;
    }

    private static void add(Map<String, long[]> counts, String column, List<Map<String, Object>> rows, int slot) {
        for (Map<String, Object> r : rows) {
            counts.computeIfAbsent((String) r.get(column), k -> new long[3])[slot] += ((Number) r.get("n")).longValue();
        }
    }

    private static long sum(List<Map<String, Object>> rows) {
        return rows.stream().mapToLong(r -> ((Number) r.get("n")).longValue()).sum();
    }
}
