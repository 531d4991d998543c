package cn.dengkou.bizservice.feedback;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

import java.time.LocalDateTime;
import java.util.List;

@Mapper
interface TicketExtensionMapper extends BaseMapper<TicketExtension> {

    String PENDING = "PENDING";

    default List<TicketExtension> ofTicket(long ticketId) {
        return selectList(new LambdaQueryWrapper<TicketExtension>().eq(TicketExtension::getTicketId, ticketId)
                .orderByAsc(TicketExtension::getId));
    }

    default boolean hasPending(long ticketId) {
        return selectCount(new LambdaQueryWrapper<TicketExtension>().eq(TicketExtension::getTicketId, ticketId)
                .eq(TicketExtension::getStatus, PENDING)) > 0;
    }

    /** PENDING → GRANTED or REFUSED; false when it was decided already (by someone else, or earlier). */
    default boolean decide(long id, String status, long staffId, String note, LocalDateTime now) {
        return update(null, new LambdaUpdateWrapper<TicketExtension>().eq(TicketExtension::getId, id)
                .eq(TicketExtension::getStatus, PENDING).set(TicketExtension::getStatus, status)
                .set(TicketExtension::getDecidedBy, staffId).set(TicketExtension::getDecidedAt, now)
                .set(TicketExtension::getDecisionNote, note)) == 1;
    }
}
