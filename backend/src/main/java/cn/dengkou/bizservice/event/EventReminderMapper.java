package cn.dengkou.bizservice.event;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;
import java.util.List;

/** {@code event_reminder}: which lead times of which events have had their reminder task created. */
@Mapper
interface EventReminderMapper {

    /** 1 for the one caller (of any instance, before or after a restart) that claims this reminder. */
    @Insert("INSERT IGNORE INTO event_reminder (event_id, lead_minutes, created_at) VALUES (#{eventId}, #{lead}, #{now})")
    int claim(@Param("eventId") long eventId, @Param("lead") long leadMinutes, @Param("now") LocalDateTime now);

    @Update("UPDATE event_reminder SET push_task_id = #{taskId} WHERE event_id = #{eventId} AND lead_minutes = #{lead}")
    int recordTask(@Param("eventId") long eventId, @Param("lead") long leadMinutes, @Param("taskId") long taskId);

    @Select("SELECT push_task_id FROM event_reminder WHERE event_id = #{eventId} AND push_task_id IS NOT NULL")
    List<Long> taskIds(@Param("eventId") long eventId);
}
