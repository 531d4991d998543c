package cn.dengkou.bizservice.audit;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;

import java.util.Collection;
import java.util.List;

@Mapper
interface AuditEntryMapper extends BaseMapper<AuditEntry> {

    /** One subject's trail, oldest first. */
    default List<AuditEntry> ofSubject(String kind, long subjectId) {
        return selectList(new LambdaQueryWrapper<AuditEntry>()
                .eq(AuditEntry::getSubjectKind, kind)
                .eq(AuditEntry::getSubjectId, subjectId)
                .orderByAsc(AuditEntry::getId));
    }

    /**
     * Newest first; a null kind or id is no filter. {@code counties} non-null: only entries of those counties
     * and entries without a county (subjects not scoped by county yet).
     */
    default IPage<AuditEntry> page(String kind, Long subjectId, Collection<String> counties, Page<AuditEntry> page) {
        return selectPage(page, new LambdaQueryWrapper<AuditEntry>()
                .and(counties != null, w -> w.isNull(AuditEntry::getCounty).or(!counties.isEmpty(),
                        o -> o.in(AuditEntry::getCounty, counties)))
                .eq(kind != null, AuditEntry::getSubjectKind, kind)
                .eq(subjectId != null, AuditEntry::getSubjectId, subjectId)
                .orderByDesc(AuditEntry::getId));
    }

    default boolean actedAny(String kind, long subjectId, long actorId, Collection<String> actions) {
        return exists(new LambdaQueryWrapper<AuditEntry>()
                .eq(AuditEntry::getSubjectKind, kind)
                .eq(AuditEntry::getSubjectId, subjectId)
                .eq(AuditEntry::getActorId, actorId)
                .in(AuditEntry::getAction, actions));
    }
}
