package cn.dengkou.bizservice.feedback;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

import java.util.List;

@Mapper
interface TicketMessageMapper extends BaseMapper<TicketMessage> {

    /** Oldest first; {@code repliesOnly} for the owner, who never sees notes. */
    default List<TicketMessage> ofTicket(long ticketId, boolean repliesOnly) {
        return selectList(new LambdaQueryWrapper<TicketMessage>().eq(TicketMessage::getTicketId, ticketId)
                .eq(repliesOnly, TicketMessage::getKind, TicketMessage.REPLY).orderByAsc(TicketMessage::getId));
    }
}
