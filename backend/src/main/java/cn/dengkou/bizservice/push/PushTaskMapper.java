package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.common.StatusUpdate;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

@Mapper
interface PushTaskMapper extends BaseMapper<PushTask> {

    /** The conditional status UPDATE of {@code push_task} ({@link #move}, {@link #pause}). */
    StatusUpdate<PushTask> STATUS = new StatusUpdate<>(PushTask::getId, PushTask::getStatus);

    /** The only way a task changes status: conditional on the statuses the move is allowed from. */
    default boolean move(long id, TaskStatus to, LocalDateTime now) {
        return STATUS.move(this, id, TaskStatus.MOVES.into(to), w -> {
            w.set(PushTask::getUpdatedAt, now);
            if (to == TaskStatus.DONE || to == TaskStatus.CANCELLED) {
                w.set(PushTask::getFinishedAt, now);
            }
            if (to == TaskStatus.RUNNING) {
                w.set(PushTask::getPauseReason, null);
            }
        });
    }

    default boolean pause(long id, String reason, LocalDateTime now) {
        return STATUS.move(this, id, TaskStatus.MOVES.into(TaskStatus.PAUSED), w -> w
                .set(PushTask::getPauseReason, reason)
                .set(PushTask::getUpdatedAt, now));
    }

    default void recordEnqueue(long id, long scope, int total, int noQuota, LocalDateTime now) {
        update(null, new LambdaUpdateWrapper<PushTask>()
                .eq(PushTask::getId, id)
                .set(PushTask::getDedupScope, scope)
                .set(PushTask::getTotal, total)
                .set(PushTask::getNoQuota, noQuota)
                .set(PushTask::getStartedAt, now)
                .set(PushTask::getUpdatedAt, now));
    }

    default List<Long> dueScheduled(LocalDateTime now, int limit) {
        return selectList(new LambdaQueryWrapper<PushTask>()
                .select(PushTask::getId)
                .eq(PushTask::getStatus, TaskStatus.PENDING.name())
                .le(PushTask::getScheduledAt, now)
                .orderByAsc(PushTask::getScheduledAt)
                .last("LIMIT " + limit))
                .stream().map(PushTask::getId).toList();
    }

    /**
     * Newest first. {@code wholeTypes}: null = any source; else only tasks of these source types, or
     * of the one source {@code refType}/{@code refId} when given (its access was checked by the caller).
     */
    default IPage<PushTask> search(String refType, Long refId, TaskStatus status, List<String> wholeTypes,
                                   Collection<String> counties, Page<PushTask> page) {
        boolean oneSource = refType != null && refId != null;
        return selectPage(page, new LambdaQueryWrapper<PushTask>()
                .select(PushTask.class, f -> !f.getColumn().equals("audience") && !f.getColumn().equals("template_data"))
                .eq(refType != null, PushTask::getRefType, refType)
                .eq(refId != null, PushTask::getRefId, refId)
                .eq(status != null, PushTask::getStatus, status == null ? null : status.name())
                .in(!oneSource && wholeTypes != null && !wholeTypes.isEmpty(), PushTask::getRefType, wholeTypes)
                .apply(!oneSource && wholeTypes != null && wholeTypes.isEmpty(), "1 = 0")
                .in(counties != null && !counties.isEmpty(), PushTask::getCounty, counties)
                .apply(counties != null && counties.isEmpty(), "1 = 0")
                .orderByDesc(PushTask::getId));
    }

    /** Urgent first, then oldest first; audience JSON left out, it is not needed to send. */
    /** Read again after a claim has locked due rows of the task (see {@link OutboxClaims}). */
    default boolean isRunning(long id) {
        return selectCount(new LambdaQueryWrapper<PushTask>()
                .eq(PushTask::getId, id)
                .eq(PushTask::getStatus, TaskStatus.RUNNING.name())) == 1;
    }

    default List<PushTask> running() {
        return selectList(new LambdaQueryWrapper<PushTask>()
                .select(PushTask::getId, PushTask::getTemplateId, PushTask::getTemplateData, PushTask::getLink,
                        PushTask::getUrgent)
                .eq(PushTask::getStatus, TaskStatus.RUNNING.name())
                .orderByDesc(PushTask::getUrgent)
                .orderByAsc(PushTask::getId));
    }

    /** RUNNING tasks with no row left to send are DONE. */
    @Update("UPDATE push_task t SET t.status = 'DONE', t.finished_at = #{now}, t.updated_at = #{now} "
            + "WHERE t.status = 'RUNNING' AND NOT EXISTS (SELECT 1 FROM push_outbox o "
            + "WHERE o.task_id = t.id AND o.status IN ('QUEUED', 'HELD', 'CLAIMED'))")
    int finishDone(@Param("now") LocalDateTime now);

    /** The first task to use a key owns its scope; later ones find it. */
    @Insert("INSERT IGNORE INTO push_dedup (dedup_key, scope_id, created_at) VALUES (#{key}, #{taskId}, #{now})")
    int claimDedupKey(@Param("key") String key, @Param("taskId") long taskId, @Param("now") LocalDateTime now);

    /** A locking read sees the latest committed owner even inside an older snapshot. */
    @Select("SELECT scope_id FROM push_dedup WHERE dedup_key = #{key} FOR UPDATE")
    Long dedupScope(@Param("key") String key);
}
