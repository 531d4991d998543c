package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.targeting.AudienceSql;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

@Mapper
interface InboxMessageMapper extends BaseMapper<InboxMessage> {

    default Page<InboxMessage> pageOf(long userId, Page<InboxMessage> page) {
        return selectPage(page, new LambdaQueryWrapper<InboxMessage>()
                .eq(InboxMessage::getUserId, userId)
                .orderByDesc(InboxMessage::getId));
    }

    /** Served by ix_inbox_user_unread: a range on (user_id, read_at IS NULL), no row reads. */
    default long unread(long userId) {
        return selectCount(new LambdaQueryWrapper<InboxMessage>()
                .eq(InboxMessage::getUserId, userId)
                .isNull(InboxMessage::getReadAt));
    }

    default InboxMessage findOwn(long userId, long id) {
        return selectOne(new LambdaQueryWrapper<InboxMessage>()
                .eq(InboxMessage::getId, id)
                .eq(InboxMessage::getUserId, userId));
    }

    default int markRead(long userId, long id, LocalDateTime now) {
        return update(null, new LambdaUpdateWrapper<InboxMessage>()
                .eq(InboxMessage::getId, id)
                .eq(InboxMessage::getUserId, userId)
                .isNull(InboxMessage::getReadAt)
                .set(InboxMessage::getReadAt, now));
    }

    default int markAllRead(long userId, LocalDateTime now) {
        return update(null, new LambdaUpdateWrapper<InboxMessage>()
                .eq(InboxMessage::getUserId, userId)
                .isNull(InboxMessage::getReadAt)
                .set(InboxMessage::getReadAt, now));
    }

    /** The recipients' owner audience as {@code audience}, for {@link AudienceSql}'s fragments. */
    String BIND_OWNERS = "<bind name=\"audience\" value=\"r.owners()\"/>\n";

    /**
     * The listed users and the source of {@link Recipients} {@code r}, appended to a WHERE clause; shared by the
     * insert and the count. {@code sourceSql} is an {@link AudienceSource}'s query, code not input, so it may be spliced in.
     */
    String RECIPIENT_FILTERS = """
            <if test="sourceSql != null">
              <bind name="sourceRef" value="r.sourceRef()"/>
              AND u.id IN (${sourceSql})
            </if>
            <if test="r.userIds() != null">
              AND u.id IN <foreach collection="r.userIds()" item="x" open="(" separator="," close=")">#{x}</foreach>
            </if>
            """;

    /**
     * The recipients, straight from business/app_user into the inbox: rows never pass through the JVM.
     * IGNORE skips users who already have a message of this dedup scope (the same content, an earlier task).
     */
    @Insert("<script>" + BIND_OWNERS
            + """
            INSERT IGNORE INTO inbox_message
                (user_id, task_id, dedup_scope, scene, ref_type, ref_id, title, summary, link, created_at)
            SELECT u.id, t.id, #{scope}, t.scene, t.ref_type, t.ref_id, t.title, t.summary, t.link, #{now}
            FROM push_task t
            JOIN app_user u ON u.enabled = 1 AND u.openid IS NOT NULL
            """
            + AudienceSql.BUSINESS_JOIN
            + "WHERE t.id = #{taskId}\n"
            + RECIPIENT_FILTERS
            + AudienceSql.CONDITIONS
            + "</script>")
    int insertAudience(@Param("taskId") long taskId, @Param("scope") long scope, @Param("r") Recipients recipients,
                       @Param("sourceSql") String sourceSql, @Param("now") LocalDateTime now);

    /** How many users {@link #insertAudience} would reach (before dedup), by the same criteria. */
    @Select("<script>" + BIND_OWNERS
            + "SELECT COUNT(*) FROM app_user u\n"
            + AudienceSql.BUSINESS_JOIN
            + "WHERE u.enabled = 1 AND u.openid IS NOT NULL\n"
            + RECIPIENT_FILTERS
            + AudienceSql.CONDITIONS
            + "</script>")
    long countAudience(@Param("r") Recipients recipients, @Param("sourceSql") String sourceSql);

    /** Messages of the task to recipients whose business is of these counties ({@link PushShare}). */
    @Select("<script>SELECT COUNT(*) FROM inbox_message x" + PushShare.IN_COUNTIES + "</script>")
    long countIn(@Param("task") long taskId, @Param("counties") Collection<String> counties);

    /** The task's messages by the recipient's business county, township and kind ({@link PushShare}). */
    @Select("SELECT b.county, b.township, b.kind, COUNT(*) AS n FROM inbox_message x"
            + " LEFT JOIN business b ON b.owner_user_id = x.user_id WHERE x.task_id = #{task}"
            + " GROUP BY b.county, b.township, b.kind")
    List<Map<String, Object>> countByBusiness(@Param("task") long taskId);
}
