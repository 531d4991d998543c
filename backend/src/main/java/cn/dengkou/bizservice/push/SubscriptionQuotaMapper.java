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

/** The one-time subscription ledger: one row per (user, template). */
@Mapper
interface SubscriptionQuotaMapper {

    /** One more send owed; atomic, so two taps at once count twice. */
    @Insert("INSERT INTO subscription_quota (user_id, template_id, quota, last_result, updated_at) "
            + "VALUES (#{userId}, #{templateId}, 1, 'accept', #{now}) "
            + "ON DUPLICATE KEY UPDATE quota = quota + 1, last_result = 'accept', updated_at = #{now}")
    void accept(@Param("userId") long userId, @Param("templateId") String templateId, @Param("now") LocalDateTime now);

    /** reject / filter: recorded, the quota is untouched. */
    @Insert("INSERT INTO subscription_quota (user_id, template_id, quota, last_result, updated_at) "
            + "VALUES (#{userId}, #{templateId}, 0, #{result}, #{now}) "
            + "ON DUPLICATE KEY UPDATE last_result = #{result}, updated_at = #{now}")
    void record(@Param("userId") long userId, @Param("templateId") String templateId, @Param("result") String result,
                @Param("now") LocalDateTime now);

    /** ban: the user turned the template off, nothing is owed any more. */
    @Insert("INSERT INTO subscription_quota (user_id, template_id, quota, last_result, updated_at) "
            + "VALUES (#{userId}, #{templateId}, 0, 'ban', #{now}) "
            + "ON DUPLICATE KEY UPDATE quota = 0, last_result = 'ban', updated_at = #{now}")
    void ban(@Param("userId") long userId, @Param("templateId") String templateId, @Param("now") LocalDateTime now);

    @Select("SELECT template_id AS k, quota AS v FROM subscription_quota WHERE user_id = #{userId}")
    List<Map<String, Object>> quotasOf(@Param("userId") long userId);

    /** Locks the rows of the users that still have quota, so the spend below cannot race. */
    @Select("<script>SELECT user_id FROM subscription_quota WHERE template_id = #{templateId} AND quota &gt; 0 "
            + "AND user_id IN <foreach collection='userIds' item='u' open='(' separator=',' close=')'>#{u}</foreach> "
            + "FOR UPDATE</script>")
    List<Long> lockWithQuota(@Param("templateId") String templateId, @Param("userIds") Collection<Long> userIds);

    /** Never below zero: the condition is part of the update. */
    @Update("<script>UPDATE subscription_quota SET quota = quota - 1, updated_at = #{now} "
            + "WHERE template_id = #{templateId} AND quota &gt; 0 "
            + "AND user_id IN <foreach collection='userIds' item='u' open='(' separator=',' close=')'>#{u}</foreach>"
            + "</script>")
    int spend(@Param("templateId") String templateId, @Param("userIds") Collection<Long> userIds,
              @Param("now") LocalDateTime now);

    /** WeChat said 43101: whatever we thought, nothing is owed. */
    @Update("UPDATE subscription_quota SET quota = 0, updated_at = #{now} WHERE user_id = #{userId} AND template_id = #{templateId}")
    int zero(@Param("userId") long userId, @Param("templateId") String templateId, @Param("now") LocalDateTime now);

    /** A spent send that WeChat certainly did not deliver is owed again (unless the user banned the template since). */
    @Update("UPDATE subscription_quota SET quota = quota + 1, updated_at = #{now} "
            + "WHERE user_id = #{userId} AND template_id = #{templateId} AND last_result <> 'ban'")
    int refund(@Param("userId") long userId, @Param("templateId") String templateId, @Param("now") LocalDateTime now);
}
