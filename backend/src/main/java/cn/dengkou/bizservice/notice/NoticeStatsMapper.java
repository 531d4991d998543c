package cn.dengkou.bizservice.notice;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.List;
import java.util.Map;

/**
 * Counts of the reach funnel, each grouped by the recipient's business county, township and kind
 * (its current profile; no business: null). Rows: {county, township, kind, n}. The inbox side is push's
 * ({@code PushShare.deliveredByBusiness}).
 */
@Mapper
interface NoticeStatsMapper {

    String BY_BUSINESS = " LEFT JOIN business b ON b.owner_user_id = x.user_id";
    String GROUP = " GROUP BY b.county, b.township, b.kind";

    @Select("SELECT b.county, b.township, b.kind, COUNT(*) AS n FROM notice_read x" + BY_BUSINESS
            + " WHERE x.notice_id = #{id}" + GROUP)
    List<Map<String, Object>> readers(@Param("id") long noticeId);

    @Select("SELECT b.county, b.township, b.kind, COUNT(*) AS n FROM notice_favorite x" + BY_BUSINESS
            + " WHERE x.notice_id = #{id}" + GROUP)
    List<Map<String, Object>> favorites(@Param("id") long noticeId);
}
