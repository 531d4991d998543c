package cn.dengkou.bizservice.job;

/**
 * Whether an event is a job fair (kind 招聘会) a job of that county may be linked to. The events feature provides
 * it as a bean (jobs cannot ask events: events list a fair's jobs through {@link FairJobs}); until one exists any
 * event id is taken as it is.
 */
public interface JobFairCheck {

    /** True when {@code eventId} is a job fair that jobs of {@code county} may be linked to. */
    boolean isFairFor(long eventId, String county);
}
