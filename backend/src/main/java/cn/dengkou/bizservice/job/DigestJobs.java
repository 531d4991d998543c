package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The page a digest message opens: the digest's jobs that are still open and fit the reader's alert lists now (all
 * of them when the reader has unsubscribed since). Only the digest's recipients may open it.
 */
@Component
class DigestJobs {

    private final JobAlertDigestMapper digests;
    private final JobAlertMapper alerts;
    private final JobMapper jobs;
    private final Dictionaries dictionaries;
    private final Clock clock;

    DigestJobs(JobAlertDigestMapper digests, JobAlertMapper alerts, JobMapper jobs, Dictionaries dictionaries,
               Clock clock) {
        this.digests = digests;
        this.alerts = alerts;
        this.jobs = jobs;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    PageResult<JobViews.Public> of(long userId, long digestId, PageQuery page) {
        if (digests.isRecipient(digestId, userId) == 0) {
            throw new ApiException(ErrorCode.NOT_FOUND, "岗位提醒不存在");
        }
        JobAlert alert = alerts.selectById(userId);
        JobPreferences wanted = alert == null ? JobPreferences.ANY : alert.preferences();
        List<Job> fitting = jobs.openAmong(digests.jobsOf(digestId), LocalDate.now(clock)).stream()
                .filter(j -> wanted.fits(j.getTownship(), j.getIndustry(), j.getJobType()))
                .toList();
        List<JobViews.Public> items = fitting.stream().skip(page.offset()).limit(page.size())
                .map(j -> JobViews.Public.of(j, dictionaries, List.of())).toList();
        return new PageResult<>(items, page.page(), page.size(), fitting.size());
    }
}
