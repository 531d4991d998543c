package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.push.PushRequest;
import cn.dengkou.bizservice.push.PushTaskView;
import cn.dengkou.bizservice.push.PushTasks;
import cn.dengkou.bizservice.push.Recipients;
import cn.dengkou.bizservice.wechat.TemplateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Job alerts as digests: a batch of newly opened jobs (one job, an import run, an approved hiring need) becomes one
 * digest per county, and every subscriber of that county whose lists fit at least one of its jobs gets one message
 * for the whole batch (inbox + subscribe message, scene {@code job}), the priority groups' claimed first.
 */
@Service
class JobAlertDigests {

    private static final Logger log = LoggerFactory.getLogger(JobAlertDigests.class);
    static final String REF_TYPE = "JOB_ALERT";
    /** Subscriptions read (and recipients written) per round trip of the walk. */
    private static final int PAGE = 2_000;

    private final JobAlertMapper alerts;
    private final JobAlertDigestMapper digests;
    private final PushTasks pushTasks;
    private final Counties counties;
    private final Clock clock;

    JobAlertDigests(JobAlertMapper alerts, JobAlertDigestMapper digests, PushTasks pushTasks, Counties counties,
                    Clock clock) {
        this.alerts = alerts;
        this.digests = digests;
        this.pushTasks = pushTasks;
        this.counties = counties;
        this.clock = clock;
    }

    /** The digests of one batch, one per county among its jobs; a batch key seen before sends nothing again. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    List<JobAlertDigest> send(String batchKey, List<OpenedJob> jobs) {
        Map<String, List<OpenedJob>> byCounty = new LinkedHashMap<>();
        jobs.forEach(j -> byCounty.computeIfAbsent(j.county(), c -> new ArrayList<>()).add(j));
        List<JobAlertDigest> sent = new ArrayList<>();
        byCounty.forEach((county, ofCounty) -> {
            JobAlertDigest d = sendOne(batchKey, county, ofCounty);
            if (d != null) {
                sent.add(d);
            }
        });
        return sent;
    }

    private JobAlertDigest sendOne(String batchKey, String county, List<OpenedJob> jobs) {
        LocalDateTime now = LocalDateTime.now(clock);
        JobAlertDigest d = new JobAlertDigest();
        d.setCounty(county);
        d.setBatchKey(batchKey);
        d.setJobCount(jobs.size());
        d.setCreatedAt(now);
        if (digests.insertOnce(d) == 0) {
            log.info("job alert: batch {} of county {} had its digest already, nothing sent", batchKey, county);
            return null;
        }
        long started = System.nanoTime();
        digests.addJobs(d.getId(), jobs.stream().map(OpenedJob::id).toList());
        int recipients = addRecipients(d.getId(), county, kinds(jobs));
        int priority = recipients == 0 ? 0 : digests.markPriority(d.getId(), JobSeekerSituation.priorityNames());
        long matchedAt = System.nanoTime();
        Long taskId = null;
        if (recipients > 0) {
            PushTaskView task = pushTasks.create(message(d, jobs, county, now));
            taskId = task.id();
        }
        digests.recordSend(d.getId(), recipients, priority, taskId);
        d.setRecipients(recipients);
        d.setPriority(priority);
        d.setPushTaskId(taskId);
        log.info("job alert: batch {} of county {} ({} jobs) digest {} to {} subscribers, {} in priority groups, push task {}"
                        + " (matched in {} ms, enqueued in {} ms)", batchKey, county, jobs.size(), d.getId(), recipients,
                priority, taskId, (matchedAt - started) / 1_000_000, (System.nanoTime() - matchedAt) / 1_000_000);
        return d;
    }

    /** How many of the batch's jobs are of each kind: subscribers are matched against kinds, not every job. */
    private static Map<OpenedJob.Kind, Integer> kinds(List<OpenedJob> jobs) {
        Map<OpenedJob.Kind, Integer> m = new LinkedHashMap<>();
        jobs.forEach(j -> m.merge(j.kind(), 1, Integer::sum));
        return m;
    }

    /** Walks the county's subscriptions in user id order and writes one recipient row per subscriber a job fits. */
    private int addRecipients(long digestId, String county, Map<OpenedJob.Kind, Integer> kinds) {
        int total = 0;
        long after = 0;
        while (true) {
            List<JobAlert> page = alerts.pageAfter(county, after, PAGE);
            if (page.isEmpty()) {
                return total;
            }
            List<JobAlertDigestMapper.Match> matches = new ArrayList<>();
            for (JobAlert a : page) {
                JobPreferences p = a.preferences();
                int matched = 0;
                for (Map.Entry<OpenedJob.Kind, Integer> k : kinds.entrySet()) {
                    if (p.fits(k.getKey().township(), k.getKey().industry(), k.getKey().jobType())) {
                        matched += k.getValue();
                    }
                }
                if (matched > 0) {
                    matches.add(new JobAlertDigestMapper.Match(a.getUserId(), matched));
                }
            }
            if (!matches.isEmpty()) {
                total += digests.addRecipients(digestId, matches);
            }
            after = page.get(page.size() - 1).getUserId();
        }
    }

    private PushRequest message(JobAlertDigest d, List<OpenedJob> jobs, String county, LocalDateTime now) {
        String headline = jobs.size() == 1 ? jobs.get(0).title() : counties.name(county) + "新发布" + jobs.size() + "个岗位";
        return PushRequest.of("job", REF_TYPE, d.getId(), "新岗位提醒：" + headline,
                        "有符合您订阅条件的新岗位，点击查看详情。", "/pages/job/digest?id=" + d.getId(),
                        new TemplateData().put("thing1", headline).put("thing2", "点击查看符合您订阅条件的岗位")
                                .put("time3", now).toMap(),
                        Recipients.of(JobAlertAudience.NAME, d.getId()))
                .dedupKey("job-alert:" + county + ":" + d.getBatchKey())
                .county(county);
    }
}
