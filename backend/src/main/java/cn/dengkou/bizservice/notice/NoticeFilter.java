package cn.dengkou.bizservice.notice;

/** {@code GET /admin/notices?status=&category=&department=}; each absent filter means any. */
record NoticeFilter(NoticeStatus status, String category, String department) {

    NoticeFilter {
        category = blankToNull(category);
        department = blankToNull(department);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
