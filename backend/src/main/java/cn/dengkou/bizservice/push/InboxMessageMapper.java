package cn.dengkou.bizservice.push;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.time.LocalDateTime;

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

    /** The bound business of an audience that needs one; {@code a} is the {@link Audience} parameter. */
    String AUDIENCE_JOIN = """
            <if test="a.needsBusiness()">
            JOIN business b ON b.owner_user_id = u.id AND b.status = 'VERIFIED'
            </if>
            """;

    /**
     * The audience's filters, appended to a WHERE clause; shared by the insert and the count.
     * {@code sourceSql} is an {@link AudienceSource}'s query, code not input, so it may be spliced in.
     */
    String AUDIENCE_FILTERS = """
            <if test="sourceSql != null">
              <bind name="sourceRef" value="a.sourceRef()"/>
              AND u.id IN (${sourceSql})
            </if>
            <if test="a.userIds() != null">
              AND u.id IN <foreach collection="a.userIds()" item="x" open="(" separator="," close=")">#{x}</foreach>
            </if>
            <if test="!a.kinds().isEmpty()">
              AND b.kind IN <foreach collection="a.kinds()" item="x" open="(" separator="," close=")">#{x}</foreach>
            </if>
            <if test="!a.industries().isEmpty()">
              AND b.industry IN <foreach collection="a.industries()" item="x" open="(" separator="," close=")">#{x}</foreach>
            </if>
            <if test="!a.townships().isEmpty()">
              AND b.township IN <foreach collection="a.townships()" item="x" open="(" separator="," close=")">#{x}</foreach>
            </if>
            <if test="!a.taxpayerTypes().isEmpty()">
              AND b.taxpayer_type IN <foreach collection="a.taxpayerTypes()" item="x" open="(" separator="," close=")">#{x}</foreach>
            </if>
            <if test="a.registeredFrom() != null">
              <bind name="regFrom" value="a.registeredFrom()"/>
              AND b.registered_on &gt;= #{regFrom}
            </if>
            <if test="a.registeredTo() != null">
              <bind name="regTo" value="a.registeredTo()"/>
              AND b.registered_on &lt;= #{regTo}
            </if>
            <if test="!a.tags().isEmpty()">
              AND EXISTS (SELECT 1 FROM business_tag bt WHERE bt.business_id = b.id
                  AND bt.tag IN <foreach collection="a.tags()" item="x" open="(" separator="," close=")">#{x}</foreach>)
            </if>
            """;

    /**
     * The audience, straight from business/app_user into the inbox: rows never pass through the JVM.
     * IGNORE skips users who already have a message of this dedup scope (the same content, an earlier task).
     */
    @Insert("<script>"
            + """
            INSERT IGNORE INTO inbox_message
                (user_id, task_id, dedup_scope, scene, ref_type, ref_id, title, summary, link, created_at)
            SELECT u.id, t.id, #{scope}, t.scene, t.ref_type, t.ref_id, t.title, t.summary, t.link, #{now}
            FROM push_task t
            JOIN app_user u ON u.enabled = 1 AND u.openid IS NOT NULL
            """
            + AUDIENCE_JOIN
            + "WHERE t.id = #{taskId}\n"
            + AUDIENCE_FILTERS
            + "</script>")
    int insertAudience(@Param("taskId") long taskId, @Param("scope") long scope, @Param("a") Audience audience,
                       @Param("sourceSql") String sourceSql, @Param("now") LocalDateTime now);

    /** How many users {@link #insertAudience} would reach (before dedup), by the same criteria. */
    @Select("<script>"
            + "SELECT COUNT(*) FROM app_user u\n"
            + AUDIENCE_JOIN
            + "WHERE u.enabled = 1 AND u.openid IS NOT NULL\n"
            + AUDIENCE_FILTERS
            + "</script>")
    long countAudience(@Param("a") Audience audience, @Param("sourceSql") String sourceSql);
}
