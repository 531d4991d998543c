package cn.dengkou.bizservice.job;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;

/** {@code job.event_id}: the fair a job is linked to (V17), kept beside the job's own columns. */
@Mapper
interface JobFairLinkMapper {

    @Select("SELECT event_id FROM job WHERE id = #{id}")
    Long eventOf(@Param("id") long jobId);

    /** {@code eventId} null unlinks. */
    @Update("UPDATE job SET event_id = #{event}, updated_at = #{now} WHERE id = #{id}")
    int link(@Param("id") long jobId, @Param("event") Long eventId, @Param("now") LocalDateTime now);
}
