package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.search.TermIndex;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes one job row with its search terms, for staff posts and approved hiring needs alike, and announces jobs that
 * became open ({@link JobsOpened}, after commit). Imports write in batches ({@link JobImportBatch}).
 */
@Component
class JobWriter {

    private final JobMapper jobs;
    private final TermIndex terms;
    private final JobEvents events;

    JobWriter(JobMapper jobs, TermIndex terms, JobEvents events) {
        this.jobs = jobs;
        this.terms = terms;
        this.events = events;
    }

    Job insert(JobDraft draft, String source, String externalId, Long actor, LocalDateTime now) {
        Job j = new Job();
        draft.applyTo(j);
        j.setStatus(JobStatus.OPEN.name());
        j.setSource(source);
        j.setExternalId(externalId);
        j.setContactReveals(0);
        j.setCreatedBy(actor);
        j.setUpdatedBy(actor);
        j.setCreatedAt(now);
        j.setUpdatedAt(now);
        j.setPublishedAt(now);
        jobs.insert(j);
        terms.index(Job.KIND, j.getId(), draft.searchTexts());
        return j;
    }

    void update(Job j, JobDraft draft, Long actor, LocalDateTime now) {
        draft.applyTo(j);
        jobs.updateContent(j, actor, now);
        terms.index(Job.KIND, j.getId(), draft.searchTexts());
    }

    void opened(List<Long> ids, String batchKey) {
        events.opened(ids, batchKey);
    }
}
