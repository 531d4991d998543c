package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.QueryParams;

/** {@code GET /admin/notices?status=&category=&department=}; each absent filter means any. */
record NoticeFilter(NoticeStatus status, String category, String department) {

    NoticeFilter {
        category = QueryParams.orNull(category);
        department = QueryParams.orNull(department);
    }
}
