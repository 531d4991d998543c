package cn.dengkou.bizservice.job;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The HR counts, each one GROUP BY over the county-leading indexes; {@code counties} null = every county. */
@Mapper
interface JobStatsMapper {

    String COUNTIES = "<if test='counties != null'> AND county IN <foreach collection='counties' item='c' open='(' separator=','"
            + " close=')'>#{c}</foreach></if>";

    /** {@code dimension} is one of the three column names below, never user input. */
    @Select("<script>SELECT ${dimension} AS code, status, COUNT(*) AS n FROM job WHERE 1 = 1" + COUNTIES
            + " GROUP BY ${dimension}, status</script>")
    List<Map<String, Object>> jobsBy(@Param("dimension") String dimension, @Param("counties") Collection<String> counties);

    @Select("<script>SELECT status, COUNT(*) AS n, COALESCE(SUM(labour_cooperation), 0) AS labour FROM hiring_need"
            + " WHERE 1 = 1" + COUNTIES + " GROUP BY status</script>")
    List<Map<String, Object>> needsByStatus(@Param("counties") Collection<String> counties);

    @Select("<script>SELECT COUNT(*) AS reveals, COUNT(DISTINCT user_id) AS users FROM job_contact_reveal WHERE 1 = 1"
            + COUNTIES + "</script>")
    Map<String, Object> reveals(@Param("counties") Collection<String> counties);

    /** Alert subscribers (ix_job_alert_county) and those of them in the priority groups by their seeker profile. */
    @Select("<script>SELECT COUNT(*) AS subscribers, COUNT(s.user_id) AS priority FROM job_alert a"
            + " LEFT JOIN job_seeker s ON s.user_id = a.user_id AND s.situation IN <foreach collection='situations'"
            + " item='x' open='(' separator=',' close=')'>#{x}</foreach> WHERE 1 = 1"
            + "<if test='counties != null'> AND a.county IN <foreach collection='counties' item='c' open='(' separator=','"
            + " close=')'>#{c}</foreach></if></script>")
    Map<String, Object> subscribers(@Param("counties") Collection<String> counties,
                                    @Param("situations") Collection<String> situations);
}
