package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A WeChat user's own seeker profile and job-alert subscription (no business needed). */
@RestController
@Tag(name = "求职登记与岗位提醒", description = "微信用户登记求职意向（含待就业毕业生、失业/下岗人员身份）、订阅新岗位提醒")
@RequestMapping("/api/v1/me")
@PreAuthorize(Access.OWNER)
class JobSeekerController {

    private final JobSeekers seekers;
    private final JobSubscriptions subscriptions;
    private final DigestJobs digestJobs;

    JobSeekerController(JobSeekers seekers, JobSubscriptions subscriptions, DigestJobs digestJobs) {
        this.seekers = seekers;
        this.subscriptions = subscriptions;
        this.digestJobs = digestJobs;
    }

    /** 404 JOB_SEEKER_NOT_FOUND until the user keeps a profile. */
    @GetMapping("/job-seeker")
    JobSeekerView profile(@AuthenticationPrincipal AuthUser user) {
        return seekers.own(user.id());
    }

    /** Creates or replaces the profile; unless {@code alerts} is false it subscribes to alerts with its preferences. */
    @PutMapping("/job-seeker")
    JobSeekerView saveProfile(@Valid @RequestBody JobSeekerRequest request, @AuthenticationPrincipal AuthUser user) {
        return seekers.save(user.id(), request);
    }

    /** 204 whether or not there was one: the profile and the alerts that followed it are gone. */
    @DeleteMapping("/job-seeker")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteProfile(@AuthenticationPrincipal AuthUser user) {
        seekers.delete(user.id());
    }

    /** 404 JOB_ALERT_NOT_FOUND when not subscribed. */
    @GetMapping("/job-alert")
    JobAlertView alert(@AuthenticationPrincipal AuthUser user) {
        return subscriptions.find(user.id());
    }

    /** Subscribes (or changes the lists): the user's own lists, no longer the profile's. */
    @PutMapping("/job-alert")
    JobAlertView saveAlert(@Valid @RequestBody JobAlertRequest request, @AuthenticationPrincipal AuthUser user) {
        return subscriptions.save(user.id(), request);
    }

    /**
     * The jobs of one alert message (its link: {@code /pages/job/digest?id=}): still open and fitting the user's lists,
     * in id order; 404 NOT_FOUND unless the message was the user's.
     */
    @GetMapping("/job-alert/digests/{id}")
    PageResult<JobViews.Public> digest(@PathVariable long id, @Valid PageQuery page, @AuthenticationPrincipal AuthUser user) {
        return digestJobs.of(user.id(), id, page);
    }

    /** 204 whether or not subscribed. */
    @DeleteMapping("/job-alert")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteAlert(@AuthenticationPrincipal AuthUser user) {
        subscriptions.delete(user.id());
    }
}
