package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.QueryParams;

/** {@code GET /admin/feedback?status=&category=&department=&overdue=&county=}. */
record TicketFilter(FeedbackStatus status, String category, String department, Boolean overdue, String county) {

    TicketFilter {
        category = QueryParams.orNull(category);
        department = QueryParams.orNull(department);
        county = QueryParams.orNull(county);
    }
}
