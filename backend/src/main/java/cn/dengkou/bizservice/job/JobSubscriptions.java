package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A user's job-alert subscription: their own lists, or the seeker profile's (the default a profile subscribes with). */
@Service
class JobSubscriptions {

    private static final Logger log = LoggerFactory.getLogger(JobSubscriptions.class);

    private final JobAlertMapper alerts;
    private final SeekerCounty seekerCounty;
    private final Dictionaries dictionaries;
    private final Counties counties;
    private final Clock clock;

    JobSubscriptions(JobAlertMapper alerts, SeekerCounty seekerCounty, Dictionaries dictionaries, Counties counties,
                     Clock clock) {
        this.alerts = alerts;
        this.seekerCounty = seekerCounty;
        this.dictionaries = dictionaries;
        this.counties = counties;
        this.clock = clock;
    }

    JobAlertView find(long userId) {
        JobAlert a = alerts.selectById(userId);
        if (a == null) {
            throw new ApiException(ErrorCode.JOB_ALERT_NOT_FOUND);
        }
        return view(a);
    }

    boolean isSubscribed(long userId) {
        return alerts.selectById(userId) != null;
    }

    /** The user's own lists: from now on they no longer follow the seeker profile. */
    @Transactional
    JobAlertView save(long userId, JobAlertRequest request) {
        String county = seekerCounty.of(userId, request.county());
        Map<String, String> errors = new LinkedHashMap<>();
        request.preferences().check(dictionaries, county, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(prefixed(errors));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        JobAlert a = JobAlert.of(userId, county, request.preferences(), JobAlert.Origin.OWN, now);
        JobAlert before = alerts.selectById(userId);
        if (before == null) {
            alerts.insert(a);
            log.info("job alert: user {} subscribed in county {}", userId, county);
        } else {
            a.setCreatedAt(before.getCreatedAt());
            alerts.updateById(a);
        }
        return view(alerts.selectById(userId));
    }

    @Transactional
    void delete(long userId) {
        if (alerts.deleteById(userId) > 0) {
            log.info("job alert: user {} unsubscribed", userId);
        }
    }

    /**
     * After a seeker profile was saved: alerts that follow it take its county and lists; with {@code subscribe} a
     * user without alerts gets them, without it the alerts that follow the profile end (the user's own stay).
     */
    void followProfile(long userId, String county, JobPreferences preferences, boolean subscribe, LocalDateTime now) {
        JobAlert a = alerts.selectById(userId);
        if (!subscribe) {
            alerts.deleteFollowingProfile(userId);
        } else if (a == null) {
            alerts.insert(JobAlert.of(userId, county, preferences, JobAlert.Origin.PROFILE, now));
        } else if (a.getOrigin() == JobAlert.Origin.PROFILE) {
            a.setCounty(county);
            a.setPreferences(preferences);
            a.setUpdatedAt(now);
            alerts.updateById(a);
        }
    }

    /** The profile is gone: so are the alerts that followed it. */
    void profileDeleted(long userId) {
        alerts.deleteFollowingProfile(userId);
    }

    /** Field names as the request nests them ({@code preferences.townships}). */
    static Map<String, String> prefixed(Map<String, String> errors) {
        Map<String, String> m = new LinkedHashMap<>();
        errors.forEach((k, v) -> m.put("preferences." + k, v));
        return m;
    }

    private JobAlertView view(JobAlert a) {
        return new JobAlertView(a.getCounty(), counties.name(a.getCounty()), a.preferences(),
                a.getOrigin() == JobAlert.Origin.PROFILE, a.getCreatedAt(), a.getUpdatedAt());
    }
}
