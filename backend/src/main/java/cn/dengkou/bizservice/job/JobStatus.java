package cn.dengkou.bizservice.job;

/** Where a job stands. Only OPEN jobs are shown to the public; how it moves is listed in {@link JobTransition}. */
public enum JobStatus {
    /** Published and taking applicants until valid_until. */
    OPEN("招聘中"),
    /** The employer found its people. */
    FILLED("已招满"),
    /** Taken down by staff (or missing from a full re-import of its source). */
    CLOSED("已关闭"),
    /** valid_until has passed (the expiry sweep). */
    EXPIRED("已过期");

    public final String label;

    JobStatus(String label) {
        this.label = label;
    }
}
