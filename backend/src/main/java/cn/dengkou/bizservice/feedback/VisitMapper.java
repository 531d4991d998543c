package cn.dengkou.bizservice.feedback;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@Mapper
interface VisitMapper extends BaseMapper<Visit> {

    /** {@code counties} null = every county; {@code recordedBy} null = anyone's. Newest visit first. */
    default Page<Visit> page(VisitFilter f, Collection<String> counties, Long recordedBy, Page<Visit> page) {
        return selectPage(page, query(f, counties, recordedBy));
    }

    default List<Visit> all(VisitFilter f, Collection<String> counties, Long recordedBy) {
        return selectList(query(f, counties, recordedBy));
    }

    private static LambdaQueryWrapper<Visit> query(VisitFilter f, Collection<String> counties, Long recordedBy) {
        return new LambdaQueryWrapper<Visit>()
                .in(counties != null, Visit::getCounty, counties)
                .eq(f.township() != null, Visit::getTownship, f.township())
                .eq(f.staff() != null, Visit::getRecordedBy, f.staff())
                .eq(recordedBy != null, Visit::getRecordedBy, recordedBy)
                .ge(f.month() != null, Visit::getVisitedOn, f.month() == null ? null : f.month().atDay(1))
                .le(f.month() != null, Visit::getVisitedOn, f.month() == null ? null : f.month().atEndOfMonth())
                .orderByDesc(Visit::getVisitedOn).orderByDesc(Visit::getId);
    }

    /** Visits in {@code [from, to]} (stats). */
    default List<Visit> between(Collection<String> counties, LocalDate from, LocalDate to) {
        return selectList(new LambdaQueryWrapper<Visit>().select(Visit::getId, Visit::getTownship, Visit::getVisitedOn)
                .in(counties != null, Visit::getCounty, counties).ge(Visit::getVisitedOn, from).le(Visit::getVisitedOn, to));
    }

    /** Links the ticket once: false when the visit already has one. */
    default boolean linkTicket(long visitId, long ticketId) {
        return update(null, new LambdaUpdateWrapper<Visit>().eq(Visit::getId, visitId).isNull(Visit::getTicketId)
                .set(Visit::getTicketId, ticketId)) == 1;
    }
}
