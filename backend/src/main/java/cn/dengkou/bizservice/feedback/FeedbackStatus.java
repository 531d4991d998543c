package cn.dengkou.bizservice.feedback;

/** Where a ticket stands (受理 → 转办 → 办理 → 办结, 回访 by rating). */
enum FeedbackStatus {
    /** Waiting for the association to assign it. */
    SUBMITTED,
    /** With a department, not answered yet (or transferred to another). */
    ASSIGNED,
    /** The department has answered at least once. */
    REPLIED,
    /** Done, with a resolution; the owner may rate it, or reopen it within the window. */
    RESOLVED,
    /** The owner was not satisfied: back with the department. */
    REOPENED,
    /** Rated, or closed unrated after the configured time. */
    CLOSED
}
