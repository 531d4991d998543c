package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.calendar.WorkingDays;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.QueryParams;
import cn.dengkou.bizservice.common.StaffScope;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How well 问情 works, by category, department, township or month: volume, first-response and resolution time in
 * working days, SLA met, satisfaction, reopen rate and visits. Counted in Java over the period's tickets (a county's
 * year is thousands of rows); department staff see their department's only.
 */
@Service
class FeedbackStats {

    enum GroupBy { CATEGORY, DEPARTMENT, TOWNSHIP, MONTH }

    /** {@code ?from=&to=} (dates, inclusive; at most two years) {@code &groupBy=&county=}. */
    record StatsQuery(@NotNull(message = "不能为空") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @NotNull(message = "不能为空") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      GroupBy groupBy, String county) {
        StatsQuery {
            groupBy = groupBy == null ? GroupBy.CATEGORY : groupBy;
            county = QueryParams.orNull(county);
        }
    }

    /**
     * One group. Averages are working days; {@code slaMet} is the share of resolved tickets resolved by their due date,
     * {@code reopenRate} the share of resolved tickets reopened at least once; null where nothing was there to count.
     */
    record FeedbackStatsRow(String key, String name, int volume, int resolved,
                            @Schema(nullable = true) Double firstResponseDays, @Schema(nullable = true) Double resolutionDays,
                            @Schema(nullable = true) Double slaMet, @Schema(nullable = true) Double satisfaction,
                            @Schema(nullable = true) Double reopenRate, @Schema(nullable = true) Integer visits) {
    }

    record FeedbackStatsView(GroupBy groupBy, LocalDate from, LocalDate to, List<FeedbackStatsRow> rows,
                             FeedbackStatsRow total) {
    }

    private final TicketMapper tickets;
    private final VisitMapper visits;
    private final WorkingDays workingDays;
    private final Dictionaries dictionaries;

    FeedbackStats(TicketMapper tickets, VisitMapper visits, WorkingDays workingDays, Dictionaries dictionaries) {
        this.tickets = tickets;
        this.visits = visits;
        this.workingDays = workingDays;
        this.dictionaries = dictionaries;
    }

    FeedbackStatsView of(StatsQuery q, AuthUser user) {
        if (q.to().isBefore(q.from()) || q.to().isAfter(q.from().plusYears(2))) {
            throw ApiException.invalidFields(Map.of("to", "须不早于 from，且统计区间不超过两年"));
        }
        StaffScope scope = TicketAccess.scope(user);
        Set<String> counties = scope.countiesFor(q.county());
        List<Ticket> all = counties != null && counties.isEmpty() ? List.of()
                : tickets.createdBetween(counties, scope.department(), q.from().atStartOfDay(), q.to().plusDays(1).atStartOfDay());
        Function<Ticket, String> key = switch (q.groupBy()) {
            case CATEGORY -> Ticket::getCategory;
            case DEPARTMENT -> Ticket::getDepartment;
            case TOWNSHIP -> t -> t.getTownship() == null ? "" : t.getTownship();
            case MONTH -> t -> t.getCreatedAt().toLocalDate().toString().substring(0, 7);
        };
        Map<String, List<Ticket>> groups = all.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        Map<String, Integer> visitCounts = visitCounts(q, counties, scope.department() == null);
        visitCounts.keySet().forEach(k -> groups.putIfAbsent(k, List.of()));
        List<FeedbackStatsRow> rows = new ArrayList<>();
        groups.forEach((k, list) -> rows.add(row(k, name(q.groupBy(), k), list, visitCounts.isEmpty() ? null
                : visitCounts.getOrDefault(k, 0))));
        Integer totalVisits = visitCounts.isEmpty() ? null : visitCounts.values().stream().mapToInt(Integer::intValue).sum();
        return new FeedbackStatsView(q.groupBy(), q.from(), q.to(), rows, row("", "合计", all, totalVisits));
    }

    /** Visits per township or month (other groupings have none to show); the association's view only. */
    private Map<String, Integer> visitCounts(StatsQuery q, Set<String> counties, boolean whole) {
        if (!whole || counties != null && counties.isEmpty()
                || q.groupBy() != GroupBy.TOWNSHIP && q.groupBy() != GroupBy.MONTH) {
            return Map.of();
        }
        Map<String, Integer> counts = new TreeMap<>();
        visits.between(counties, q.from(), q.to()).forEach(v -> counts.merge(q.groupBy() == GroupBy.TOWNSHIP
                ? (v.getTownship() == null ? "" : v.getTownship()) : v.getVisitedOn().toString().substring(0, 7), 1, Integer::sum));
        return counts;
    }

    private FeedbackStatsRow row(String key, String name, List<Ticket> list, Integer visitCount) {
        List<Ticket> resolved = list.stream().filter(t -> t.getResolvedAt() != null).toList();
        List<Ticket> responded = list.stream().filter(t -> t.getFirstRespondedAt() != null).toList();
        List<Ticket> rated = list.stream().filter(t -> t.getRating() != null).toList();
        return new FeedbackStatsRow(key, name, list.size(), resolved.size(),
                average(responded, t -> workingDays.workingDaysBetween(t.getCreatedAt().toLocalDate(),
                        t.getFirstRespondedAt().toLocalDate())),
                average(resolved, t -> workingDays.workingDaysBetween(t.getCreatedAt().toLocalDate(),
                        t.getResolvedAt().toLocalDate())),
                share(resolved, t -> !t.getResolvedAt().toLocalDate().isAfter(t.getResolutionDue())),
                average(rated, Ticket::getRating),
                share(resolved, t -> t.getReopenedCount() > 0), visitCount);
    }

    private String name(GroupBy by, String key) {
        return switch (by) {
            case CATEGORY -> dictionaries.nameOf(FeedbackSubmission.CATEGORIES, key);
            case DEPARTMENT -> dictionaries.nameOf(Dictionaries.DEPARTMENTS, key);
            case TOWNSHIP -> key.isEmpty() ? "未填镇（苏木）" : dictionaries.nameOf(Dictionaries.TOWNSHIPS, key);
            case MONTH -> key;
        };
    }

    private static Double average(List<Ticket> list, Function<Ticket, Integer> value) {
        return list.isEmpty() ? null : Math.round(list.stream().mapToInt(value::apply).average().orElse(0) * 100) / 100.0;
    }

    private static Double share(List<Ticket> list, Predicate<Ticket> test) {
        return list.isEmpty() ? null : Math.round(list.stream().filter(test).count() * 10000.0 / list.size()) / 10000.0;
    }
}
