package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.StatusUpdate;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

@Mapper
interface JobMapper extends BaseMapper<Job> {

    /** The conditional status UPDATE of {@code job} ({@link #transition}). */
    StatusUpdate<Job> STATUS = new StatusUpdate<>(Job::getId, Job::getStatus);

    /** The only way a job changes status: true when it was still in one of {@code t.from()} and moved. */
    default boolean transition(long id, JobTransition t, LocalDateTime now, Consumer<LambdaUpdateWrapper<Job>> sets) {
        return STATUS.move(this, id, t, w -> sets.accept(w.set(Job::getUpdatedAt, now)));
    }

    /** The one definition of "the public may see it": OPEN and valid_until not passed. */
    static LambdaQueryWrapper<Job> open(LambdaQueryWrapper<Job> w, LocalDate today) {
        return w.eq(Job::getStatus, JobStatus.OPEN.name()).ge(Job::getValidUntil, today);
    }

    /** The job if the public may see it now, else null. */
    default Job findOpen(long id, LocalDate today) {
        return selectOne(open(new LambdaQueryWrapper<>(), today).eq(Job::getId, id));
    }

    /** The open jobs among {@code ids} (what alerts send), in id order. */
    default List<Job> openAmong(Collection<Long> ids, LocalDate today) {
        return ids.isEmpty() ? List.of()
                : selectList(open(new LambdaQueryWrapper<>(), today).in(Job::getId, ids).orderByAsc(Job::getId));
    }

    /** The imported job of (source, externalId), any status, or null. */
    default Job findImported(String source, String externalId) {
        return selectOne(new LambdaQueryWrapper<Job>().eq(Job::getSource, source).eq(Job::getExternalId, externalId));
    }

    /** OPEN jobs whose last day is before {@code today}: what the expiry sweep closes ({@code ix_job_expiry}). */
    default List<Long> dueToExpire(LocalDate today, int limit) {
        return selectList(new LambdaQueryWrapper<Job>().select(Job::getId)
                .eq(Job::getStatus, JobStatus.OPEN.name())
                .lt(Job::getValidUntil, today)
                .orderByAsc(Job::getId)
                .last("LIMIT " + limit))
                .stream().map(Job::getId).toList();
    }
}
