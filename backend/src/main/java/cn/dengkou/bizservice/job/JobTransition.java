package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.StatusMove;

import java.util.EnumSet;
import java.util.Set;

import static cn.dengkou.bizservice.job.JobStatus.CLOSED;
import static cn.dengkou.bizservice.job.JobStatus.EXPIRED;
import static cn.dengkou.bizservice.job.JobStatus.FILLED;
import static cn.dengkou.bizservice.job.JobStatus.OPEN;

/**
 * Every allowed status change of a job; each update is conditional on {@link #from} ({@code JobMapper.transition}).
 * Editing is not a transition: an edit (or a re-import) may reopen a closed or expired job with a new valid_until.
 */
enum JobTransition implements StatusMove<JobStatus> {
    /** Staff mark that the employer found its people. */
    FILL(EnumSet.of(OPEN), FILLED),
    /** Staff take it down, or a full re-import no longer lists it. */
    CLOSE(EnumSet.of(OPEN), CLOSED),
    /** valid_until has passed. */
    EXPIRE(EnumSet.of(OPEN), EXPIRED),
    /** An edit or a re-import with a valid_until still ahead puts it back up. */
    REOPEN(EnumSet.of(CLOSED, EXPIRED, FILLED), OPEN);

    private final Set<JobStatus> from;
    private final JobStatus to;

    JobTransition(Set<JobStatus> from, JobStatus to) {
        this.from = Set.copyOf(from);
        this.to = to;
    }

    @Override
    public Set<JobStatus> from() {
        return from;
    }

    @Override
    public JobStatus to() {
        return to;
    }
}
