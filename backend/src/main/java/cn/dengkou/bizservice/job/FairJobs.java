package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Dictionaries;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The jobs feature's door for job fairs: the open jobs linked to a fair, for the fair's page (issue 12). */
@Component
public class FairJobs {

    /** One open job as a fair's page lists it (the contact stays behind {@code POST /jobs/{id}/contact}). */
    public record FairJob(long id, String county, String title, String employer, String township, String townshipName,
                          String type, String typeName, int headcount, String salaryText, LocalDate validUntil) {
    }

    private final JobMapper jobs;
    private final Dictionaries dictionaries;
    private final Clock clock;

    FairJobs(JobMapper jobs, Dictionaries dictionaries, Clock clock) {
        this.jobs = jobs;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    /** The open jobs linked to the fair, newest first (ix_job_event). */
    public List<FairJob> listFor(long eventId) {
        LambdaQueryWrapper<Job> w = JobMapper.open(new LambdaQueryWrapper<>(), LocalDate.now(clock))
                .apply("event_id = {0}", eventId)
                .orderByDesc(Job::getPublishedAt)
                .orderByDesc(Job::getId);
        return jobs.selectList(w).stream().map(this::of).toList();
    }

    private FairJob of(Job j) {
        JobViews.Public v = JobViews.Public.of(j, dictionaries, List.of());
        return new FairJob(v.id(), v.county(), v.title(), v.employer(), v.township(), v.townshipName(), v.type(),
                v.typeName(), v.headcount(), v.salaryText(), v.validUntil());
    }
}
