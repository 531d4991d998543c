package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.common.StaffScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seeker profiles: the user keeps and deletes their own; HR and ADMIN of the profile's county read them (each
 * staff read of one profile is in the audit trail: the data is sensitive).
 */
@Service
class JobSeekers {

    private static final Logger log = LoggerFactory.getLogger(JobSeekers.class);

    /** The subject kind of seeker profiles in the audit trail (the id is the user's). */
    static final String KIND = "job-seeker";

    enum AuditAction { VIEW }

    private final JobSeekerMapper seekers;
    private final JobSubscriptions subscriptions;
    private final SeekerCounty seekerCounty;
    private final Dictionaries dictionaries;
    private final Counties counties;
    private final AuditTrail audit;
    private final Clock clock;

    JobSeekers(JobSeekerMapper seekers, JobSubscriptions subscriptions, SeekerCounty seekerCounty,
               Dictionaries dictionaries, Counties counties, AuditTrail audit, Clock clock) {
        this.seekers = seekers;
        this.subscriptions = subscriptions;
        this.seekerCounty = seekerCounty;
        this.dictionaries = dictionaries;
        this.counties = counties;
        this.audit = audit;
        this.clock = clock;
    }

    JobSeekerView own(long userId) {
        JobSeeker s = seekers.selectById(userId);
        if (s == null) {
            throw new ApiException(ErrorCode.JOB_SEEKER_NOT_FOUND);
        }
        return view(s);
    }

    @Transactional
    JobSeekerView save(long userId, JobSeekerRequest request) {
        String county = seekerCounty.of(userId, request.county());
        Map<String, String> errors = new LinkedHashMap<>();
        request.preferences().check(dictionaries, county, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(JobSubscriptions.prefixed(errors));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        JobSeeker s = seekers.selectById(userId);
        boolean created = s == null;
        if (created) {
            s = new JobSeeker();
            s.setUserId(userId);
            s.setCreatedAt(now);
        }
        s.setCounty(county);
        s.setSituation(request.situation());
        s.setPreferences(request.preferences());
        s.setUpdatedAt(now);
        if (created) {
            seekers.insert(s);
            log.info("job seeker profile of user {} created in county {}", userId, county);
        } else {
            seekers.updateById(s);
        }
        subscriptions.followProfile(userId, county, request.preferences(), !Boolean.FALSE.equals(request.alerts()), now);
        return view(seekers.selectById(userId));
    }

    /** Removes the profile and the alerts that followed it; alerts with the user's own lists stay. */
    @Transactional
    void delete(long userId) {
        if (seekers.deleteById(userId) > 0) {
            subscriptions.profileDeleted(userId);
            log.info("job seeker profile of user {} deleted", userId);
        }
    }

    PageResult<JobSeekerView> list(AuthUser staff, JobSeekerFilter filter, PageQuery page) {
        StaffScope scope = JobAccess.RULE.scopeOf(staff).orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN));
        Set<String> counties = scope.countiesFor(filter.county());
        if (counties != null && counties.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0); // another county named: nothing of theirs
        }
        var found = seekers.staffPage(counties, filter.situation(), filter.township(), page.toPage());
        return PageResult.of(found, this::view);
    }

    /** Another county's profile (or none) is 404 JOB_SEEKER_NOT_FOUND; a read is audited. */
    @Transactional
    JobSeekerView get(AuthUser staff, long userId) {
        JobSeeker s = seekers.selectById(userId);
        if (s == null || !JobAccess.RULE.mayManage(staff, StaffScope.Subject.inCounty(s.getCounty()))) {
            throw new ApiException(ErrorCode.JOB_SEEKER_NOT_FOUND);
        }
        audit.record(KIND, userId, s.getCounty(), staff.id(), AuditAction.VIEW, null, LocalDateTime.now(clock));
        return view(s);
    }

    private JobSeekerView view(JobSeeker s) {
        return new JobSeekerView(s.getUserId(), s.getCounty(), counties.name(s.getCounty()), s.getSituation(),
                s.getSituation().label(), s.getSituation().isPriority(), s.preferences(),
                subscriptions.isSubscribed(s.getUserId()), s.getCreatedAt(), s.getUpdatedAt());
    }
}
