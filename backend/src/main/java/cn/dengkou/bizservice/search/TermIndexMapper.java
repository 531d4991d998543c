package cn.dengkou.bizservice.search;

import cn.dengkou.bizservice.search.SearchTerms.QueryTerm;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.SelectProvider;

import java.util.Collection;
import java.util.List;

@Mapper
interface TermIndexMapper {

    @Delete("DELETE FROM search_term WHERE kind = #{kind} AND subject_id = #{id}")
    int clear(@Param("kind") String kind, @Param("id") long subjectId);

    // IGNORE: terms equal under the column's collation are one row.
    @Insert("<script>INSERT IGNORE INTO search_term (kind, term, subject_id) VALUES"
            + " <foreach collection='terms' item='t' separator=','>(#{kind}, #{t}, #{id})</foreach></script>")
    int insert(@Param("kind") String kind, @Param("id") long subjectId, @Param("terms") Collection<String> terms);

    @Delete("<script>DELETE FROM search_term WHERE kind = #{kind} AND subject_id IN"
            + " <foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
    int clearAll(@Param("kind") String kind, @Param("ids") Collection<Long> subjectIds);

    /** Rows of several subjects in one statement: each {@code [subjectId, term]}. */
    @Insert("<script>INSERT IGNORE INTO search_term (kind, term, subject_id) VALUES"
            + " <foreach collection='rows' item='r' separator=','>(#{kind}, #{r.term}, #{r.subjectId})</foreach></script>")
    int insertRows(@Param("kind") String kind, @Param("rows") Collection<TermIndex.Row> rows);

    /** Ids of the subjects that contain every term (non-empty), highest first; {@code limit} null for all. */
    @SelectProvider(type = TermSql.class, method = "search")
    List<Long> search(@Param("kind") String kind, @Param("terms") List<QueryTerm> terms, @Param("limit") Integer limit);
}
