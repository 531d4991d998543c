package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.targeting.Audience;
import com.baomidou.mybatisplus.core.metadata.IPage;
import cn.dengkou.bizservice.wechat.TemplateData;
import cn.dengkou.bizservice.wechat.WechatProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The push engine's door for other features: create a task, follow it, cancel it. Creating writes
 * the inbox and the outbox with one INSERT … SELECT each; the dispatcher sends from the outbox.
 */
@Service
public class PushTasks {

    private static final Logger log = LoggerFactory.getLogger(PushTasks.class);

    private final PushTaskMapper tasks;
    private final InboxMessageMapper inbox;
    private final PushOutboxMapper outbox;
    private final SubscriptionQuotaMapper quotas;
    private final WechatProperties wechat;
    private final QuietHours quietHours;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<String, AudienceSource> sources;

    PushTasks(List<AudienceSource> sources, PushTaskMapper tasks, InboxMessageMapper inbox, PushOutboxMapper outbox, SubscriptionQuotaMapper quotas,
              WechatProperties wechat, PushProperties props, ObjectMapper json, Clock clock) {
        this.tasks = tasks;
        this.inbox = inbox;
        this.outbox = outbox;
        this.quotas = quotas;
        this.wechat = wechat;
        this.quietHours = QuietHours.parse(props.quietHours());
        this.json = json;
        this.clock = clock;
        this.sources = sources.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(AudienceSource::name, x -> x));
    }

    /**
     * Creates the task; unless it is scheduled for later, its inbox messages and outbox rows are
     * written before this returns (in the caller's transaction, if there is one).
     *
     * @throws IllegalArgumentException template data WeChat would refuse (see {@link TemplateData})
     * @throws IllegalStateException    no template configured for the scene
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public PushTaskView create(PushRequest request) {
        sourceSql(request.recipients()); // an unknown source fails now, not when a scheduled task starts
        LocalDateTime now = LocalDateTime.now(clock);
        PushTask t = new PushTask();
        t.setScene(request.scene());
        t.setRefType(request.refType());
        t.setRefId(request.refId());
        t.setTitle(request.title());
        t.setSummary(request.summary());
        t.setLink(request.link());
        t.setTemplateId(wechat.templateId(request.scene()));
        t.setTemplateData(write(TemplateData.normalize(request.templateData())));
        t.setAudience(write(request.recipients()));
        t.setScheduledAt(request.scheduledAt());
        t.setUrgent(request.urgent());
        t.setStatus(TaskStatus.PENDING.name());
        t.setDedupKey(request.dedupKey());
        t.setCreatedBy(request.createdBy());
        t.setCounty(request.county());
        t.setTotal(0);
        t.setNoQuota(0);
        t.setCreatedAt(now);
        t.setUpdatedAt(now);
        tasks.insert(t);
        log.info("push task {} created: scene {} ref {}:{} scheduled {}", t.getId(), t.getScene(), t.getRefType(),
                t.getRefId(), t.getScheduledAt());
        if (request.scheduledAt() == null || !request.scheduledAt().isAfter(now)) {
            enqueue(t, request.recipients(), now);
        }
        return view(t.getId());
    }

    /** Starts a scheduled task whose time has come; false when another instance did (or it was cancelled). */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public boolean start(long taskId) {
        PushTask t = tasks.selectById(taskId);
        if (t == null || !TaskStatus.PENDING.name().equals(t.getStatus())) {
            return false;
        }
        return enqueue(t, recipients(t), LocalDateTime.now(clock));
    }

    private boolean enqueue(PushTask t, Recipients recipients, LocalDateTime now) {
        if (!tasks.move(t.getId(), TaskStatus.RUNNING, now)) {
            return false;
        }
        long scope = t.getId();
        if (t.getDedupKey() != null) {
            tasks.claimDedupKey(t.getDedupKey(), t.getId(), now);
            scope = tasks.dedupScope(t.getDedupKey());
        }
        int total = recipients.isNobody() ? 0 : inbox.insertAudience(t.getId(), scope, recipients, sourceSql(recipients), now);
        boolean hold = !t.getUrgent() && quietHours.contains(now);
        int queued = total == 0 ? 0 : outbox.insertFromInbox(t.getId(), t.getTemplateId(),
                hold ? OutboxStatus.HELD : OutboxStatus.QUEUED, hold ? quietHours.releaseAt(now) : now, now,
                prioritySql(recipients), recipients.sourceRef());
        tasks.recordEnqueue(t.getId(), scope, total, total - queued, now);
        if (queued == 0) {
            tasks.move(t.getId(), TaskStatus.DONE, now);
        }
        log.info("push task {} enqueued: {} recipients, {} subscribe messages{}, {} without quota", t.getId(), total,
                queued, hold ? " held for quiet hours" : "", total - queued);
        return true;
    }

    /** How many users a task with these recipients would reach now (before dedup against earlier tasks). */
    public long audienceSize(Recipients recipients) {
        return recipients.isNobody() ? 0 : inbox.countAudience(recipients, sourceSql(recipients));
    }

    private String sourceSql(Recipients recipients) {
        if (recipients.source() == null) {
            return null;
        }
        AudienceSource source = sources.get(recipients.source());
        if (source == null) {
            throw new IllegalArgumentException("no audience source named " + recipients.source());
        }
        return source.userIdsSql();
    }

    private String prioritySql(Recipients recipients) {
        return recipients.source() == null ? null : sources.get(recipients.source()).priorityUserIdsSql();
    }

    /** Recipients as tasks stored them before {@code targeting}: beside the audience's own fields. */
    private record StoredBefore(List<Long> userIds, String source, Long sourceRef) {
    }

    private Recipients recipients(PushTask t) {
        JsonNode node = read(t.getAudience(), JsonNode.class);
        if (node.has("owners")) {
            return json.convertValue(node, Recipients.class);
        }
        // a task still PENDING from before: it needed a business unless only users or a source were given
        StoredBefore old = json.convertValue(node, StoredBefore.class);
        Audience owners = json.convertValue(node, Audience.class);
        boolean needsBusiness = old.userIds() == null && old.source() == null || !owners.targetsEveryone();
        return new Recipients(needsBusiness ? owners : null, old.userIds(), old.source(), old.sourceRef());
    }

    public PushTaskView view(long taskId) {
        PushTask t = tasks.selectById(taskId);
        if (t == null) {
            throw new ApiException(ErrorCode.NOT_FOUND, "推送任务不存在");
        }
        OutboxTally tally = OutboxTally.of(outbox.countByStatus(taskId));
        List<PushTaskView.ErrcodeCount> top = outbox.topErrcodes(taskId, 5).stream()
                .map(r -> new PushTaskView.ErrcodeCount(((Number) r.get("k")).intValue(), ((Number) r.get("v")).longValue()))
                .toList();
        return new PushTaskView(t.getId(), t.getScene(), t.getRefType(), t.getRefId(), t.getTitle(), t.getStatus(),
                t.getPauseReason(), Boolean.TRUE.equals(t.getUrgent()), t.getScheduledAt(), t.getCreatedAt(),
                t.getStartedAt(), t.getFinishedAt(), t.getTotal(), tally.sent(), tally.failed(),
                tally.noQuota(t.getNoQuota()), tally.get(OutboxStatus.UNKNOWN), tally.get(OutboxStatus.CANCELLED),
                tally.pending(), tally.byStatus(), top);
    }

    /** The task's county (null when it has none or does not exist: {@link #view} answers 404 then). */
    String countyOf(long taskId) {
        PushTask t = tasks.selectById(taskId);
        return t == null ? null : t.getCounty();
    }

    /** {@code counties}: null = every county, else only tasks of these counties. */
    PageResult<PushTaskView> list(String refType, Long refId, TaskStatus status, List<String> wholeTypes,
                                  Collection<String> counties, PageQuery page) {
        IPage<PushTask> found = tasks.search(refType, refId, status, wholeTypes, counties, page.toPage());
        return PageResult.of(found, t -> view(t.getId()));
    }

    /**
     * Stops what has not gone out: QUEUED and HELD rows become CANCELLED (their spent quota goes back);
     * rows already in flight finish. Cancelling a finished task changes nothing.
     */
    @Transactional
    public PushTaskView cancel(long taskId) {
        LocalDateTime now = LocalDateTime.now(clock);
        PushTask t = tasks.selectById(taskId);
        if (t == null) {
            throw new ApiException(ErrorCode.NOT_FOUND, "推送任务不存在");
        }
        if (tasks.move(taskId, TaskStatus.CANCELLED, now)) {
            for (Long userId : outbox.lockSpentOpen(taskId)) {
                quotas.refund(userId, t.getTemplateId(), now);
            }
            int rows = outbox.cancelOpen(taskId, now);
            log.info("push task {} cancelled: {} subscribe messages not sent", taskId, rows);
        }
        return view(taskId);
    }

    /** A PAUSED task (configuration error fixed) goes on. */
    @Transactional
    public PushTaskView resume(long taskId) {
        PushTask t = tasks.selectById(taskId);
        if (t == null) {
            throw new ApiException(ErrorCode.NOT_FOUND, "推送任务不存在");
        }
        if (TaskStatus.PAUSED.name().equals(t.getStatus()) && tasks.move(taskId, TaskStatus.RUNNING, LocalDateTime.now(clock))) {
            log.info("push task {} resumed", taskId);
        }
        return view(taskId);
    }

    Map<String, String> templateData(PushTask t) {
        return read(t.getTemplateData(), new TypeReference<Map<String, String>>() { });
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize push task field", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored push task field is not valid JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored push task field is not valid JSON", e);
        }
    }
}
