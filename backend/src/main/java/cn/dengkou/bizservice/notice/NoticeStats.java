package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.push.PushShare;
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
 * see only rows of their counties and of readers without a business, and of a prefecture notice for their county
 * (which they do not manage, but report on) their county's share of the push too.
 */
@Service
class NoticeStats {

    static final String NO_BUSINESS = "未绑定经营主体";

    private final NoticeMapper notices;
    private final NoticeStatsMapper stats;
    private final PushTasks pushTasks;
    private final PushShare shares;
    private final Dictionaries dictionaries;
    private final Counties counties;
    private final NoticeCounties noticeCounties;
    private final NoticeAudiences audiences;

    NoticeStats(NoticeMapper notices, NoticeStatsMapper stats, PushTasks pushTasks, PushShare shares,
                Dictionaries dictionaries, Counties counties, NoticeCounties noticeCounties, NoticeAudiences audiences) {
        this.notices = notices;
        this.stats = stats;
        this.pushTasks = pushTasks;
        this.shares = shares;
        this.dictionaries = dictionaries;
        this.counties = counties;
        this.noticeCounties = noticeCounties;
        this.audiences = audiences;
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
        Notice n = readable(id, staff);
        PushTaskView task = n.getPushTaskId() == null ? null : pushTasks.view(n.getPushTaskId());
        Set<String> in = NoticeAccess.scope(staff).counties();
        boolean part = in != null && !in.contains(n.getCounty()); // county staff's part of a prefecture notice
        List<Map<String, Object>> delivered = within(in, !part, task == null ? List.of() : shares.deliveredByBusiness(task.id()));
        List<Map<String, Object>> readers = within(in, !part, stats.readers(id));
        List<Map<String, Object>> favorites = within(in, !part, stats.favorites(id));
        PushShare.Counts push = task == null ? new PushShare.Counts(0, 0, 0, 0, 0, 0)
                : part ? shares.of(task.id(), in)
                : new PushShare.Counts(task.total(), task.sent(), task.failed(), task.noQuota(), task.unknown(),
                task.pending());
        return new View(id, n.getTitle(), n.getStatus(), NoticeStatus.valueOf(n.getStatus()).label, n.getPublishedAt(),
                n.getWithdrawnAt(), n.getPushTaskId(), task == null ? null : task.status(), n.getAudienceSize(),
                push.delivered(), push.sent(), push.noQuota(), push.failed(), push.unknown(), push.pending(),
                sum(readers), sum(favorites),
                breakdown(Dictionaries.TOWNSHIPS, "township", one(in), delivered, readers, favorites),
                breakdown(Dictionaries.BUSINESS_KINDS, "kind", null, delivered, readers, favorites),
                breakdown(Dictionaries.COUNTIES, "county", null, delivered, readers, favorites).stream()
                        .filter(r -> in == null || r.code() == null || in.contains(r.code())).toList());
    }

    /**
     * The notice if the staff member may manage it, or — for county staff — a prefecture notice for their county whose
     * departments they may manage there: its stats are theirs to report on, counted over their county only.
     */
    private Notice readable(long id, AuthUser staff) {
        Notice n = notices.selectById(id);
        Set<String> own = staff.counties();
        if (n != null && own != null && !counties.isServed(n.getCounty())) {
            Set<String> reached = noticeCounties.of(n, audiences.of(n));
            boolean forThem = own.stream().anyMatch(c -> NoticeCounties.isFor(reached, c));
            if (forThem && NoticeAccess.canManage(staff, notices.departmentsOf(id), staff.county())) {
                return n;
            }
        }
        return NoticeAccess.manageable(notices, id, staff);
    }

    /** The one county of a county staff member (whose zero rows list only their own townships), else null. */
    private static String one(Set<String> counties) {
        return counties != null && counties.size() == 1 ? counties.iterator().next() : null;
    }

    /**
     * The rows of these counties (null = every county), and those without a business when {@code unbound}: a county's
     * notice's guest readers are its county's, a prefecture notice's are no county's.
     */
    private static List<Map<String, Object>> within(Set<String> counties, boolean unbound,
                                                    List<Map<String, Object>> rows) {
        return counties == null ? rows : rows.stream()
                .filter(r -> r.get("county") == null ? unbound : counties.contains((String) r.get("county"))).toList();
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
