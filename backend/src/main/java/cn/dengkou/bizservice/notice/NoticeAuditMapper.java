package cn.dengkou.bizservice.notice;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

@Mapper
interface NoticeAuditMapper {

    @Insert("INSERT INTO notice_audit (notice_id, actor_id, action, changes, created_at)"
            + " VALUES (#{noticeId}, #{actor}, #{action}, #{changes}, #{now})")
    int insert(@Param("noticeId") long noticeId, @Param("actor") Long actorId, @Param("action") String action,
               @Param("changes") String changes, @Param("now") LocalDateTime now);

    @Select("SELECT id, actor_id AS actorId, action, changes, created_at AS createdAt FROM notice_audit"
            + " WHERE notice_id = #{noticeId} ORDER BY id")
    List<Map<String, Object>> entries(@Param("noticeId") long noticeId);

    /** Whether the user wrote any part of the notice (created or edited it). */
    @Select("SELECT COUNT(*) > 0 FROM notice_audit WHERE notice_id = #{noticeId} AND actor_id = #{user}"
            + " AND action IN ('CREATE', 'UPDATE')")
    boolean wroteAny(@Param("noticeId") long noticeId, @Param("user") long userId);
}
