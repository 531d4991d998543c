package cn.dengkou.bizservice.notice;

/** Where a notice stands. How it moves is listed in {@link NoticeTransition}. */
public enum NoticeStatus {
    /** Being written; the only status in which it can be edited. */
    DRAFT("草稿"),
    /** Submitted for a second staff member's review. */
    IN_REVIEW("待审核"),
    /** Approved by someone other than the author; may be published to any audience. */
    APPROVED("已审核"),
    /** Waiting for its scheduled time; becomes PUBLISHED by itself. */
    SCHEDULED("定时发布"),
    /** Visible to owners (while valid). */
    PUBLISHED("已发布"),
    /** Taken down; hidden from owners, kept for staff and statistics. */
    WITHDRAWN("已撤回");

    public final String label;

    NoticeStatus(String label) {
        this.label = label;
    }
}
