package cn.dengkou.bizservice.job;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.util.Collection;
import java.util.List;

/** Digests, their jobs and their recipients. */
@Mapper
interface JobAlertDigestMapper extends BaseMapper<JobAlertDigest> {

    /** 0 when this batch already has its county's digest (the unique key): a repeated batch sends nothing. */
    @Insert("INSERT IGNORE INTO job_alert_digest (county, batch_key, job_count, recipients, priority, created_at) "
            + "VALUES (#{d.county}, #{d.batchKey}, #{d.jobCount}, 0, 0, #{d.createdAt})")
    @org.apache.ibatis.annotations.Options(useGeneratedKeys = true, keyProperty = "d.id")
    int insertOnce(@Param("d") JobAlertDigest digest);

    @Insert("<script>INSERT INTO job_alert_digest_job (digest_id, job_id) VALUES "
            + "<foreach collection='jobs' item='j' separator=','>(#{digest}, #{j})</foreach></script>")
    int addJobs(@Param("digest") long digestId, @Param("jobs") Collection<Long> jobIds);

    /** {@code rows}: user id and matched job count pairs. */
    @Insert("<script>INSERT INTO job_alert_recipient (digest_id, user_id, priority, matched) VALUES "
            + "<foreach collection='rows' item='r' separator=','>(#{digest}, #{r.userId}, 0, #{r.matched})</foreach></script>")
    int addRecipients(@Param("digest") long digestId, @Param("rows") Collection<Match> rows);

    record Match(long userId, int matched) {
    }

    /** The priority groups, as {@link JobSeekerSituation#isPriority} names them, from the seeker profiles now. */
    @Update("<script>UPDATE job_alert_recipient r JOIN job_seeker s ON s.user_id = r.user_id SET r.priority = 1 "
            + "WHERE r.digest_id = #{digest} AND s.situation IN "
            + "<foreach collection='situations' item='x' open='(' separator=',' close=')'>#{x}</foreach></script>")
    int markPriority(@Param("digest") long digestId, @Param("situations") Collection<String> situations);

    @Update("UPDATE job_alert_digest SET recipients = #{recipients}, priority = #{priority}, push_task_id = #{task} "
            + "WHERE id = #{id}")
    int recordSend(@Param("id") long id, @Param("recipients") int recipients, @Param("priority") int priority,
                   @Param("task") Long pushTaskId);

    @Select("SELECT job_id FROM job_alert_digest_job WHERE digest_id = #{digest} ORDER BY job_id")
    List<Long> jobsOf(@Param("digest") long digestId);

    @Select("SELECT COUNT(*) FROM job_alert_recipient WHERE digest_id = #{digest} AND user_id = #{user}")
    int isRecipient(@Param("digest") long digestId, @Param("user") long userId);
}
