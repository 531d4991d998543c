package cn.dengkou.bizservice.notice;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

@Mapper
interface NoticeMapper extends BaseMapper<Notice> {

    /**
     * The only way a notice changes status: moves it only if it is still in one of {@code t.from};
     * {@code sets} adds the columns the move records. 0 when it is not (or does not exist).
     */
    default int transition(long id, NoticeTransition t, LocalDateTime now, Consumer<LambdaUpdateWrapper<Notice>> sets) {
        LambdaUpdateWrapper<Notice> w = new LambdaUpdateWrapper<Notice>()
                .eq(Notice::getId, id)
                .in(Notice::getStatus, t.from.stream().map(Enum::name).toList())
                .set(Notice::getStatus, t.to.name())
                .set(Notice::getUpdatedAt, now);
        sets.accept(w);
        return update(null, w);
    }

    /** SCHEDULED notices whose time has come, oldest first. */
    default List<Long> dueScheduled(LocalDateTime now, int limit) {
        return selectList(new LambdaQueryWrapper<Notice>()
                .select(Notice::getId)
                .eq(Notice::getStatus, NoticeStatus.SCHEDULED.name())
                .le(Notice::getScheduledAt, now)
                .orderByAsc(Notice::getScheduledAt)
                .last("LIMIT " + limit))
                .stream().map(Notice::getId).toList();
    }
}
