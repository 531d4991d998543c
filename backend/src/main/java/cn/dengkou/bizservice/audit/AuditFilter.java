package cn.dengkou.bizservice.audit;

import cn.dengkou.bizservice.common.QueryParams;
import jakarta.validation.constraints.Pattern;

/** {@code GET /admin/audit?subjectKind=&subjectId=}; each absent filter means any, an id needs its kind. */
record AuditFilter(
        @Pattern(regexp = "[a-z][a-z0-9_-]{0,15}", message = "须为小写英文单词，如 notice、business、staff")
        String subjectKind,
        Long subjectId) {

    AuditFilter {
        subjectKind = QueryParams.orNull(subjectKind);
    }
}
