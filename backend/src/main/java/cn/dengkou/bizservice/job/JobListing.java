package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.common.StaffScope;
import cn.dengkou.bizservice.search.TermIndex;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The public job list and detail (open jobs only: OPEN and valid_until not passed), and the staff list.
 * What the reader's {@link JobRanking} names comes first (their verified business's township, their seeker profile), each saying why.
 */
@Service
class JobListing {

    private final JobMapper jobs;
    private final JobAccess access;
    private final JobReaders readers;
    private final Dictionaries dictionaries;
    private final Clock clock;

    JobListing(JobMapper jobs, JobAccess access, JobReaders readers, Dictionaries dictionaries, Clock clock) {
        this.jobs = jobs;
        this.access = access;
        this.readers = readers;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    PageResult<JobViews.Public> list(JobQuery q, PageQuery page, AuthUser user) {
        JobReaders.Reader reader = readers.of(user, q.county());
        LocalDateTime now = LocalDateTime.now(clock);
        LambdaQueryWrapper<Job> w = JobMapper.open(new LambdaQueryWrapper<>(), now.toLocalDate())
                .eq(reader.county() != null, Job::getCounty, reader.county())
                .eq(q.township() != null, Job::getTownship, q.township())
                .eq(q.industry() != null, Job::getIndustry, q.industry())
                .eq(q.type() != null, Job::getJobType, q.type())
                .ge(q.days() != null, Job::getPublishedAt, q.days() == null ? null : now.minusDays(q.days()));
        if (q.salaryMin() != null) {
            w.apply("COALESCE(salary_max, salary_min) >= {0}", q.salaryMin());
        }
        if (q.q() != null) {
            TermIndex.Condition c = TermIndex.condition(Job.KIND, "job.id", q.q());
            w.apply(c.sql(), c.params());
        }
        long total = jobs.selectCount(w);
        JobRanking ranking = reader.ranking();
        w.last("ORDER BY " + ranking.orderBy() + "published_at DESC, id DESC LIMIT " + page.offset() + ", " + page.size());
        List<JobViews.Public> items = jobs.selectList(w).stream().map(j -> view(j, ranking)).toList();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    JobViews.Public get(long id, AuthUser user) {
        JobReaders.Reader reader = readers.of(user, null);
        Job j = jobs.findOpen(id, LocalDate.now(clock));
        if (j == null || (reader.county() != null && !reader.county().equals(j.getCounty()))) {
            throw new ApiException(ErrorCode.JOB_NOT_FOUND);
        }
        return view(j, reader.ranking());
    }

    PageResult<JobViews.Staff> staffList(JobFilter f, PageQuery page, AuthUser staff) {
        StaffScope scope = access.scope(staff);
        Set<String> counties = scope.countiesFor(f.county());
        if (counties != null && counties.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0); // another county's filter
        }
        return PageResult.of(jobs.staffPage(f, counties, page.toPage()), j -> JobViews.Staff.of(j, dictionaries));
    }

    private JobViews.Public view(Job j, JobRanking ranking) {
        return JobViews.Public.of(j, dictionaries, ranking.reasons(j));
    }
}
