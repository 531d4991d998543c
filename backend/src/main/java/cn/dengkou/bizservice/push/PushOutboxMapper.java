package cn.dengkou.bizservice.push;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The durable outbox. Every status change is conditional on the current status (see {@link OutboxStatus}). */
@Mapper
interface PushOutboxMapper {

    /**
     * One row per inbox recipient of the task who is owed a send of its template and whose openid
     * WeChat has not refused (40003); rows stay in the database. Users {@code prioritySql} selects (an
     * {@link AudienceSource}'s priority group, code not input) get lane 0, claimed before the others' lane 1.
     */
    @Insert("<script>INSERT INTO push_outbox (task_id, user_id, openid, status, lane, attempts, quota_spent, next_attempt_at, updated_at) "
            + "SELECT m.task_id, m.user_id, u.openid, #{status}, "
            + "<choose><when test='prioritySql != null'>CASE WHEN m.user_id IN (${prioritySql}) THEN 0 ELSE 1 END</when>"
            + "<otherwise>1</otherwise></choose>, 0, 0, #{nextAt}, #{now} "
            + "FROM inbox_message m "
            + "JOIN app_user u ON u.id = m.user_id AND u.openid_invalid_at IS NULL "
            + "JOIN subscription_quota q ON q.user_id = m.user_id AND q.template_id = #{templateId} AND q.quota &gt; 0 "
            + "WHERE m.task_id = #{taskId}</script>")
    int insertFromInbox(@Param("taskId") long taskId, @Param("templateId") String templateId,
                        @Param("status") OutboxStatus status, @Param("nextAt") LocalDateTime nextAt,
                        @Param("now") LocalDateTime now, @Param("prioritySql") String prioritySql,
                        @Param("sourceRef") Long sourceRef);

    /**
     * Due rows of the task, a priority group's lane 0 first: one query per lane, each an index range on
     * (task, status, lane, next attempt) in the index's own order, so LIMIT stops early and only the rows taken are
     * locked (one ORDER BY over both lanes may be sorted after reading, which would lock every due row of the task).
     */
    default List<PushOutboxRow> lockDue(long taskId, LocalDateTime now, int limit) {
        List<PushOutboxRow> rows = lockDueInLane(taskId, 0, now, limit);
        if (rows.size() < limit) {
            rows = new java.util.ArrayList<>(rows);
            rows.addAll(lockDueInLane(taskId, 1, now, limit - rows.size()));
        }
        return rows;
    }

    /** Rows another instance holds are skipped, not waited for. */
    @Select("SELECT id, task_id, user_id, openid, attempts, quota_spent, lane FROM push_outbox "
            + "WHERE task_id = #{taskId} AND status = 'QUEUED' AND lane = #{lane} AND next_attempt_at <= #{now} "
            + "ORDER BY next_attempt_at, id LIMIT #{limit} FOR UPDATE SKIP LOCKED")
    List<PushOutboxRow> lockDueInLane(@Param("taskId") long taskId, @Param("lane") int lane,
                                      @Param("now") LocalDateTime now, @Param("limit") int limit);

    /** The attempt is counted here, before anything is sent, together with the quota it spends. */
    @Update("<script>UPDATE push_outbox SET status = 'CLAIMED', attempts = attempts + 1, quota_spent = 1, "
            + "lease_until = #{leaseUntil}, claimed_by = #{by}, errcode = NULL, updated_at = #{now} "
            + "WHERE status = 'QUEUED' AND id IN "
            + "<foreach collection='ids' item='x' open='(' separator=',' close=')'>#{x}</foreach></script>")
    int claim(@Param("ids") Collection<Long> ids, @Param("leaseUntil") LocalDateTime leaseUntil, @Param("by") String by,
              @Param("now") LocalDateTime now);

    @Update("<script>UPDATE push_outbox SET status = 'NO_QUOTA', updated_at = #{now} WHERE status = 'QUEUED' AND id IN "
            + "<foreach collection='ids' item='x' open='(' separator=',' close=')'>#{x}</foreach></script>")
    int noQuota(@Param("ids") Collection<Long> ids, @Param("now") LocalDateTime now);

    /** Settles a row this instance claimed; 0 when its lease ran out meanwhile (it is UNKNOWN then, and stays so). */
    @Update("UPDATE push_outbox SET status = #{to}, errcode = #{errcode}, next_attempt_at = #{nextAt}, "
            + "attempts = attempts + #{attemptDelta}, lease_until = NULL, updated_at = #{now} "
            + "WHERE id = #{id} AND status = 'CLAIMED' AND claimed_by = #{by}")
    int settle(@Param("id") long id, @Param("by") String by, @Param("to") OutboxStatus to,
               @Param("errcode") Integer errcode, @Param("nextAt") LocalDateTime nextAt,
               @Param("attemptDelta") int attemptDelta, @Param("now") LocalDateTime now);

    /** {@link #settle} to SENT for many rows at once; rows whose claim this instance lost are left alone. */
    @Update("<script>UPDATE push_outbox SET status = 'SENT', errcode = NULL, lease_until = NULL, updated_at = #{now} "
            + "WHERE status = 'CLAIMED' AND claimed_by = #{by} AND id IN "
            + "<foreach collection='ids' item='x' open='(' separator=',' close=')'>#{x}</foreach></script>")
    int settleSent(@Param("ids") Collection<Long> ids, @Param("by") String by, @Param("now") LocalDateTime now);

    /** After 40003: no more subscribe messages to this openid until the user logs in again. */
    @Update("UPDATE app_user SET openid_invalid_at = #{now} WHERE id = #{userId} AND openid_invalid_at IS NULL")
    int flagInvalidOpenid(@Param("userId") long userId, @Param("now") LocalDateTime now);

    /**
     * Claimed by an instance that did not settle in time (it died): it may have been sent, so never again.
     * Found by a read that locks nothing, then moved by primary key with the condition checked again: one
     * UPDATE over all CLAIMED rows would lock every CLAIMED index entry, then wait for rows other instances
     * are settling (row first, index entry second), and the settle lost the deadlock.
     */
    default int expireLeases(LocalDateTime now) {
        List<Long> ids = expiredClaims(now, 1000);
        return ids.isEmpty() ? 0 : expire(ids, now);
    }

    @Select("SELECT id FROM push_outbox WHERE status = 'CLAIMED' AND lease_until < #{now} LIMIT #{limit}")
    List<Long> expiredClaims(@Param("now") LocalDateTime now, @Param("limit") int limit);

    @Update("<script>UPDATE push_outbox SET status = 'UNKNOWN', lease_until = NULL, updated_at = #{now} "
            + "WHERE status = 'CLAIMED' AND lease_until &lt; #{now} AND id IN "
            + "<foreach collection='ids' item='x' open='(' separator=',' close=')'>#{x}</foreach></script>")
    int expire(@Param("ids") Collection<Long> ids, @Param("now") LocalDateTime now);

    @Update("UPDATE push_outbox SET status = 'QUEUED', updated_at = #{now} "
            + "WHERE status = 'HELD' AND next_attempt_at <= #{now} LIMIT #{limit}")
    int releaseHeld(@Param("now") LocalDateTime now, @Param("limit") int limit);

    /** Users whose spent quota goes back when the task's open rows are cancelled; locks those rows. */
    @Select("SELECT user_id FROM push_outbox WHERE task_id = #{taskId} AND status IN ('QUEUED', 'HELD') "
            + "AND quota_spent = 1 FOR UPDATE")
    List<Long> lockSpentOpen(@Param("taskId") long taskId);

    @Update("UPDATE push_outbox SET status = 'CANCELLED', updated_at = #{now} "
            + "WHERE task_id = #{taskId} AND status IN ('QUEUED', 'HELD')")
    int cancelOpen(@Param("taskId") long taskId, @Param("now") LocalDateTime now);

    @Select("SELECT status AS k, COUNT(*) AS v FROM push_outbox WHERE task_id = #{taskId} GROUP BY status")
    List<Map<String, Object>> countByStatus(@Param("taskId") long taskId);

    /** {@link #countByStatus} over the recipients whose business is of these counties ({@link PushShare}). */
    @Select("<script>SELECT x.status AS k, COUNT(*) AS v FROM push_outbox x" + PushShare.IN_COUNTIES
            + " GROUP BY x.status</script>")
    List<Map<String, Object>> countByStatusIn(@Param("task") long taskId, @Param("counties") Collection<String> counties);

    @Select("SELECT errcode AS k, COUNT(*) AS v FROM push_outbox WHERE task_id = #{taskId} AND errcode IS NOT NULL "
            + "GROUP BY errcode ORDER BY v DESC, errcode LIMIT #{limit}")
    List<Map<String, Object>> topErrcodes(@Param("taskId") long taskId, @Param("limit") int limit);
}
