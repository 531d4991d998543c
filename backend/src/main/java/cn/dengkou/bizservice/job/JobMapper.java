package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.StatusUpdate;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import cn.dengkou.bizservice.search.TermIndex;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

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

    /** Writes the content columns (nulls included: a PUT clears what it leaves out). */
    default void updateContent(Job j, Long actor, LocalDateTime now) {
        update(null, new LambdaUpdateWrapper<Job>()
                .eq(Job::getId, j.getId())
                .set(Job::getTitle, j.getTitle())
                .set(Job::getEmployer, j.getEmployer())
                .set(Job::getTownship, j.getTownship())
                .set(Job::getIndustry, j.getIndustry())
                .set(Job::getJobType, j.getJobType())
                .set(Job::getHeadcount, j.getHeadcount())
                .set(Job::getSalaryMin, j.getSalaryMin())
                .set(Job::getSalaryMax, j.getSalaryMax())
                .set(Job::getSalaryNegotiable, j.getSalaryNegotiable())
                .set(Job::getRequirements, j.getRequirements())
                .set(Job::getBenefits, j.getBenefits())
                .set(Job::getDescription, j.getDescription())
                .set(Job::getContactName, j.getContactName())
                .set(Job::getContactPhone, j.getContactPhone())
                .set(Job::getValidUntil, j.getValidUntil())
                .set(Job::getUpdatedBy, actor)
                .set(Job::getUpdatedAt, now));
    }

    /** Staff list: newest first; {@code counties} null = every county ({@code ix_job_county}). */
    default IPage<Job> staffPage(JobFilter f, Collection<String> counties, Page<Job> page) {
        LambdaQueryWrapper<Job> w = new LambdaQueryWrapper<Job>()
                .in(counties != null, Job::getCounty, counties)
                .eq(f.status() != null, Job::getStatus, f.status() == null ? null : f.status().name())
                .eq(f.township() != null, Job::getTownship, f.township())
                .eq(f.source() != null, Job::getSource, f.source());
        if (f.q() != null) {
            TermIndex.Condition c = TermIndex.condition(Job.KIND, "job.id", f.q());
            w.apply(c.sql(), c.params());
        }
        return selectPage(page, w.orderByDesc(Job::getPublishedAt).orderByDesc(Job::getId));
    }

    /** Adds {@code contact_reveals + 1}. */
    @Update("UPDATE job SET contact_reveals = contact_reveals + 1 WHERE id = #{id}")
    int countReveal(@Param("id") long id);

    @Insert("INSERT INTO job_contact_reveal (county, job_id, user_id, revealed_at) VALUES (#{county}, #{job}, #{user}, #{now})")
    int recordReveal(@Param("county") String county, @Param("job") long jobId, @Param("user") long userId,
                     @Param("now") LocalDateTime now);

    /** An approved hiring need's job: linked to the business and the need. */
    @Update("UPDATE job SET business_id = #{business}, hiring_need_id = #{need} WHERE id = #{id}")
    int linkToNeed(@Param("id") long jobId, @Param("business") long businessId, @Param("need") long needId);
}
