package cn.dengkou.bizservice.job;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/** Jobs waiting for their county's next windowed digest. */
@Mapper
interface JobAlertPendingMapper {

    @Insert("<script>INSERT IGNORE INTO job_alert_pending (job_id, county, queued_at) VALUES "
            + "<foreach collection='jobs' item='j' separator=','>(#{j.id}, #{j.county}, #{now})</foreach></script>")
    int queue(@Param("jobs") Collection<OpenedJob> jobs, @Param("now") LocalDateTime now);

    /** Counties whose oldest waiting job was queued at or before {@code dueBefore}. */
    @Select("SELECT county FROM job_alert_pending GROUP BY county HAVING MIN(queued_at) <= #{due}")
    List<String> dueCounties(@Param("due") LocalDateTime dueBefore);

    /** The county's waiting jobs, locked; another instance flushing the same county skips them. */
    @Select("SELECT job_id FROM job_alert_pending WHERE county = #{county} ORDER BY job_id LIMIT #{limit} FOR UPDATE SKIP LOCKED")
    List<Long> lockCounty(@Param("county") String county, @Param("limit") int limit);

    @Delete("<script>DELETE FROM job_alert_pending WHERE job_id IN "
            + "<foreach collection='ids' item='x' open='(' separator=',' close=')'>#{x}</foreach></script>")
    int remove(@Param("ids") Collection<Long> jobIds);
}
