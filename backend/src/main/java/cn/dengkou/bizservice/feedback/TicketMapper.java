package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.StatusUpdate;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

@Mapper
interface TicketMapper extends BaseMapper<Ticket> {

    StatusUpdate<Ticket> STATUS = new StatusUpdate<>(Ticket::getId, Ticket::getStatus);

    /** Statuses in which a ticket is with a department and its SLAs run. */
    List<String> OPEN = List.of(FeedbackStatus.ASSIGNED.name(), FeedbackStatus.REPLIED.name(),
            FeedbackStatus.REOPENED.name());

    /** The move, if the ticket is still in one of its from-statuses; {@code sets} adds the move's columns. */
    default boolean move(long id, FeedbackTransition t, LocalDateTime now, Consumer<LambdaUpdateWrapper<Ticket>> sets) {
        return STATUS.move(this, id, t, w -> {
            w.set(Ticket::getUpdatedAt, now);
            sets.accept(w);
        });
    }

    default Page<Ticket> ofOwner(long ownerId, Page<Ticket> page) {
        return selectPage(page, new LambdaQueryWrapper<Ticket>().eq(Ticket::getOwnerId, ownerId).orderByDesc(Ticket::getId));
    }


    /**
     * The staff queue. {@code counties} null = every county; {@code department} limits to one department's tickets
     * (never SUBMITTED ones: those wait for the association); {@code overdueOn} lists tickets open past a due date.
     */
    default Page<Ticket> staffPage(TicketFilter f, Collection<String> counties, String department, LocalDate overdueOn,
                                   Page<Ticket> page) {
        LambdaQueryWrapper<Ticket> w = new LambdaQueryWrapper<Ticket>()
                .in(counties != null, Ticket::getCounty, counties)
                .eq(f.status() != null, Ticket::getStatus, f.status() == null ? null : f.status().name())
                .eq(f.category() != null, Ticket::getCategory, f.category())
                .eq(f.department() != null, Ticket::getDepartment, f.department());
        if (department != null) {
            w.eq(Ticket::getDepartment, department).ne(Ticket::getStatus, FeedbackStatus.SUBMITTED.name());
        }
        if (overdueOn != null) {
            overdue(w, overdueOn);
        }
        return selectPage(page, w.orderByDesc(Ticket::getId));
    }

    /** Open past its resolution due date, or unanswered past its first-response due date, on {@code today}. */
    static void overdue(LambdaQueryWrapper<Ticket> w, LocalDate today) {
        w.and(o -> o.and(r -> r.in(Ticket::getStatus, OPEN).lt(Ticket::getResolutionDue, today))
                .or(r -> r.in(Ticket::getStatus, FeedbackStatus.SUBMITTED.name(), FeedbackStatus.ASSIGNED.name())
                        .isNull(Ticket::getFirstRespondedAt).lt(Ticket::getFirstResponseDue, today)));
    }

    /** Open tickets whose first response or resolution falls due on or before {@code by} and were not reminded of it. */
    default List<Ticket> toRemind(LocalDate by) {
        return selectList(new LambdaQueryWrapper<Ticket>().and(o -> o
                .and(r -> r.in(Ticket::getStatus, FeedbackStatus.SUBMITTED.name(), FeedbackStatus.ASSIGNED.name())
                        .isNull(Ticket::getFirstRespondedAt).isNull(Ticket::getResponseRemindedOn)
                        .le(Ticket::getFirstResponseDue, by))
                .or(r -> r.in(Ticket::getStatus, OPEN).isNull(Ticket::getResolutionRemindedOn)
                        .le(Ticket::getResolutionDue, by))));
    }

    /** Marks one reminder sent; false when another instance already did. */
    default boolean markReminded(long id, boolean resolution, LocalDate today) {
        LambdaUpdateWrapper<Ticket> w = new LambdaUpdateWrapper<Ticket>().eq(Ticket::getId, id);
        if (resolution) {
            w.isNull(Ticket::getResolutionRemindedOn).set(Ticket::getResolutionRemindedOn, today);
        } else {
            w.isNull(Ticket::getResponseRemindedOn).set(Ticket::getResponseRemindedOn, today);
        }
        return update(null, w) == 1;
    }

    /** Resolved, unrated tickets resolved before {@code before} (the auto-close job). */
    default List<Long> unratedResolvedBefore(LocalDateTime before) {
        return selectList(new LambdaQueryWrapper<Ticket>().select(Ticket::getId)
                .eq(Ticket::getStatus, FeedbackStatus.RESOLVED.name()).isNull(Ticket::getRating)
                .lt(Ticket::getResolvedAt, before)).stream().map(Ticket::getId).toList();
    }

    /** Tickets created in {@code [from, to)} (stats); {@code department} null = every department's. */
    default List<Ticket> createdBetween(Collection<String> counties, String department, LocalDateTime from, LocalDateTime to) {
        return selectList(new LambdaQueryWrapper<Ticket>()
                .select(Ticket::getId, Ticket::getCounty, Ticket::getCategory, Ticket::getDepartment, Ticket::getTownship,
                        Ticket::getStatus, Ticket::getResolutionDue, Ticket::getFirstRespondedAt, Ticket::getResolvedAt,
                        Ticket::getReopenedCount, Ticket::getRating, Ticket::getCreatedAt)
                .in(counties != null, Ticket::getCounty, counties)
                .eq(department != null, Ticket::getDepartment, department)
                .ge(Ticket::getCreatedAt, from).lt(Ticket::getCreatedAt, to));
    }

    /** Every overdue ticket of the county (the daily digest). */
    default List<Ticket> overdueIn(String county, LocalDate today) {
        LambdaQueryWrapper<Ticket> w = new LambdaQueryWrapper<Ticket>().eq(Ticket::getCounty, county);
        overdue(w, today);
        return selectList(w.orderByAsc(Ticket::getId));
    }
}
