package cn.dengkou.bizservice.push;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.Collection;
import java.util.Map;

/** {@link PushReach}: tasks by ix_push_task_county (ix_push_task_ref for every county), messages by uk_inbox_task_user. */
@Mapper
interface PushReachMapper {

    @Select("<script>SELECT COUNT(DISTINCT t.id) AS tasks, COUNT(m.id) AS messages, COUNT(m.read_at) AS opened"
            + " FROM push_task t LEFT JOIN inbox_message m ON m.task_id = t.id WHERE t.ref_type = #{refType}"
            + "<if test='counties != null'> AND t.county IN <foreach collection='counties' item='c' open='('"
            + " separator=',' close=')'>#{c}</foreach></if></script>")
    Map<String, Object> count(@Param("refType") String refType, @Param("counties") Collection<String> counties);
}
