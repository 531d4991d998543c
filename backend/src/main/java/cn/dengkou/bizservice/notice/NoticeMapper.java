package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.StatusUpdate;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

@Mapper
interface NoticeMapper extends BaseMapper<Notice> {

    /** The conditional status UPDATE of {@code notice} ({@link #transition}). */
    StatusUpdate<Notice> STATUS = new StatusUpdate<>(Notice::getId, Notice::getStatus);

    /**
     * The only way a notice changes status: moves it only if it is still in one of {@code t.from()};
     * {@code sets} adds the columns (and further conditions) of the move. 0 when it is not (or does not exist).
     */
    default int transition(long id, NoticeTransition t, LocalDateTime now, Consumer<LambdaUpdateWrapper<Notice>> sets) {
        return STATUS.move(this, id, t, w -> sets.accept(w.set(Notice::getUpdatedAt, now))) ? 1 : 0;
    }

    /** Writes the editable content (nulls included: a PUT clears what it leaves out). */
    default int updateContent(Notice n) {
        return update(null, new LambdaUpdateWrapper<Notice>()
                .eq(Notice::getId, n.getId())
                .eq(Notice::getStatus, NoticeStatus.DRAFT.name())
                .set(Notice::getTitle, n.getTitle())
                .set(Notice::getSummary, n.getSummary())
                .set(Notice::getBody, n.getBody())
                .set(Notice::getBodyText, n.getBodyText())
                .set(Notice::getCategory, n.getCategory())
                .set(Notice::getAudience, n.getAudience())
                .set(Notice::getValidFrom, n.getValidFrom())
                .set(Notice::getValidTo, n.getValidTo())
                .set(Notice::getUpdatedBy, n.getUpdatedBy())
                .set(Notice::getUpdatedAt, n.getUpdatedAt()));
    }

    /** Reads and locks the row until the transaction ends. */
    default Notice lockById(long id) {
        return selectOne(new LambdaQueryWrapper<Notice>().eq(Notice::getId, id).last("FOR UPDATE"));
    }

    /** SCHEDULED notices whose time has come, oldest first. */
    default List<Long> dueScheduled(LocalDateTime now, int limit) {
        return selectList(new LambdaQueryWrapper<Notice>()
                .select(Notice::getId)
                .eq(Notice::getStatus, NoticeStatus.SCHEDULED.name())
                .le(Notice::getScheduledAt, now)
                .orderByAsc(Notice::getScheduledAt)
                .last("LIMIT " + limit))
                .stream().map(Notice::getId).toList();
    }

    /**
     * Staff list: newest change first; {@code scopeDepartment} non-null limits to that department's notices,
     * {@code scopeCounties} non-null to those counties' ({@code ix_notice_county}).
     */
    default IPage<Notice> staffPage(NoticeFilter f, String scopeDepartment, Collection<String> scopeCounties,
                                    Page<Notice> page) {
        return selectPage(page, listColumns()
                .in(scopeCounties != null, Notice::getCounty, scopeCounties)
                .eq(f.status() != null, Notice::getStatus, f.status() == null ? null : f.status().name())
                .eq(f.category() != null, Notice::getCategory, f.category())
                .exists(f.department() != null, DEPARTMENT_EXISTS, f.department())
                .exists(scopeDepartment != null, DEPARTMENT_EXISTS, scopeDepartment)
                .orderByDesc(Notice::getUpdatedAt)
                .orderByDesc(Notice::getId));
    }

    /**
     * Every notice owners can see now or will see once its scheduled time comes (list columns, no body),
     * newest published first: what {@link NoticeCatalog} keeps in memory.
     */
    default List<Notice> catalogRows() {
        return selectList(visible(listColumns(), LocalDateTime.of(9999, 12, 31, 0, 0))
                .orderByDesc(Notice::getPublishedAt)
                .orderByDesc(Notice::getId));
    }

    /** The notice if owners may open it now (expired ones included: inbox links keep working), else null. */
    default Notice findVisible(long id, LocalDateTime now) {
        return selectOne(visible(new LambdaQueryWrapper<Notice>(), now).eq(Notice::getId, id));
    }

    /** Whether the file is an attachment of a notice owners can see now. */
    default boolean fileVisible(long fileId, LocalDateTime now) {
        return selectCount(visible(new LambdaQueryWrapper<Notice>(), now).exists(
                "SELECT 1 FROM notice_attachment a WHERE a.notice_id = notice.id AND a.file_id = {0}", fileId)) > 0;
    }

    /** The one definition of "owners can see it". */
    static LambdaQueryWrapper<Notice> visible(LambdaQueryWrapper<Notice> w, LocalDateTime now) {
        return w.in(Notice::getStatus, NoticeStatus.PUBLISHED.name(), NoticeStatus.SCHEDULED.name())
                .le(Notice::getPublishedAt, now);
    }

    String DEPARTMENT_EXISTS = "SELECT 1 FROM notice_department d WHERE d.notice_id = notice.id AND d.department = {0}";

    /** Every column but the body and its text: lists never need them. */
    private static LambdaQueryWrapper<Notice> listColumns() {
        return new LambdaQueryWrapper<Notice>().select(Notice.class,
                c -> !c.getColumn().equals("body") && !c.getColumn().equals("body_text"));
    }

    /** notice id → its county, for the ids that exist. */
    default Map<Long, String> countiesOf(Collection<Long> noticeIds) {
        Map<Long, String> m = new HashMap<>();
        if (!noticeIds.isEmpty()) {
            selectList(new LambdaQueryWrapper<Notice>().select(Notice::getId, Notice::getCounty).in(Notice::getId, noticeIds))
                    .forEach(n -> m.put(n.getId(), n.getCounty()));
        }
        return m;
    }

    // --- departments -------------------------------------------------------------------------

    @Select("SELECT department FROM notice_department WHERE notice_id = #{id} ORDER BY department")
    List<String> departmentsOf(@Param("id") long noticeId);

    default Map<Long, List<String>> departmentsByNotice(Collection<Long> noticeIds) {
        Map<Long, List<String>> m = new HashMap<>();
        if (!noticeIds.isEmpty()) {
            departmentRows(noticeIds).forEach(r -> m.computeIfAbsent(((Number) r.get("nid")).longValue(),
                    k -> new ArrayList<>()).add((String) r.get("dept")));
        }
        return m;
    }

    @Select("<script>SELECT notice_id AS nid, department AS dept FROM notice_department WHERE notice_id IN"
            + " <foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>"
            + " ORDER BY notice_id, department</script>")
    List<Map<String, Object>> departmentRows(@Param("ids") Collection<Long> noticeIds);

    @Delete("DELETE FROM notice_department WHERE notice_id = #{id}")
    int clearDepartments(@Param("id") long noticeId);

    @Insert("<script>INSERT INTO notice_department (notice_id, department) VALUES"
            + " <foreach collection='depts' item='d' separator=','>(#{id}, #{d})</foreach></script>")
    int addDepartments(@Param("id") long noticeId, @Param("depts") Collection<String> departments);

    // --- audience rows -----------------------------------------------------------------------

    @Delete("DELETE FROM notice_target WHERE notice_id = #{id}")
    int clearTargets(@Param("id") long noticeId);

    @Insert("<script>INSERT INTO notice_target (notice_id, dimension, code) VALUES"
            + " <foreach collection='rows' item='r' separator=','>(#{id}, #{r.dimension}, #{r.code})</foreach></script>")
    int addTargets(@Param("id") long noticeId, @Param("rows") Collection<NoticeAudiences.Target> rows);

    // --- attachments -------------------------------------------------------------------------

    @Select("SELECT f.id, f.original_name AS name, f.content_type AS contentType, f.size_bytes AS size"
            + " FROM notice_attachment a JOIN stored_file f ON f.id = a.file_id"
            + " WHERE a.notice_id = #{id} ORDER BY a.sort_order")
    List<Map<String, Object>> attachmentRows(@Param("id") long noticeId);

    @Select("SELECT file_id FROM notice_attachment WHERE notice_id = #{id} ORDER BY sort_order")
    List<Long> attachmentIds(@Param("id") long noticeId);

    /** The notices (any status) that carry the file. */
    @Select("SELECT notice_id FROM notice_attachment WHERE file_id = #{id}")
    List<Long> noticesCarrying(@Param("id") long fileId);

    /** file id, who uploaded it and the uploader's division (stored_file.county), for the ids that exist. */
    @Select("<script>SELECT id, uploaded_by AS uploadedBy, county FROM stored_file WHERE id IN"
            + " <foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
    List<Map<String, Object>> fileUploaders(@Param("ids") Collection<Long> fileIds);

    @Delete("DELETE FROM notice_attachment WHERE notice_id = #{id}")
    int clearAttachments(@Param("id") long noticeId);

    @Insert("<script>INSERT INTO notice_attachment (notice_id, file_id, sort_order) VALUES"
            + " <foreach collection='files' item='f' index='i' separator=','>(#{id}, #{f}, #{i})</foreach></script>")
    int addAttachments(@Param("id") long noticeId, @Param("files") List<Long> fileIds);

    // --- reads -------------------------------------------------------------------------------

    /** 1 for the user's first read of the notice, 0 afterwards. */
    @Insert("INSERT IGNORE INTO notice_read (notice_id, user_id, first_read_at) VALUES (#{id}, #{user}, #{now})")
    int recordRead(@Param("id") long noticeId, @Param("user") long userId, @Param("now") LocalDateTime now);

    @Insert("INSERT INTO notice_view (user_id, notice_id, viewed_at) VALUES (#{user}, #{id}, #{now})"
            + " ON DUPLICATE KEY UPDATE viewed_at = VALUES(viewed_at)")
    int recordView(@Param("id") long noticeId, @Param("user") long userId, @Param("now") LocalDateTime now);
}
