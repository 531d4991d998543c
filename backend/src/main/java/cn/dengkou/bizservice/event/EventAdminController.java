package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.push.PushTaskView;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Staff run events: ADMIN and ASSOCIATION every event of their counties, HR the bureau's own (403
 * EVENT_MANAGER_FORBIDDEN for another's); check people in at the door.
 */
@RestController
@Tag(name = "后台·服务月活动", description = "员工创建、修改、发布、取消服务月活动，现场签到与登记")
@RequestMapping("/api/v1/admin/events")
@PreAuthorize(Access.EVENT_STAFF)
class EventAdminController {

    private final EventAuthoring authoring;
    private final EventPublishing publishing;
    private final CheckIns checkIns;
    private final EventMessages messages;

    EventAdminController(EventAuthoring authoring, EventPublishing publishing, CheckIns checkIns, EventMessages messages) {
        this.authoring = authoring;
        this.publishing = publishing;
        this.checkIns = checkIns;
        this.messages = messages;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    EventViews.Created create(@Valid @RequestBody EventRequest request, @AuthenticationPrincipal AuthUser staff) {
        return authoring.create(request, staff);
    }

    /** Replaces the whole event (not once cancelled). */
    @PutMapping("/{id}")
    EventViews.Staff update(@PathVariable long id, @Valid @RequestBody EventRequest request,
                            @AuthenticationPrincipal AuthUser staff) {
        return authoring.update(id, request, staff);
    }

    /** The events of the caller's counties, latest start first; {@code county} narrows (prefecture staff). */
    @GetMapping
    PageResult<EventViews.Item> list(@RequestParam(required = false) String status,
                                     @RequestParam(required = false) String kind,
                                     @RequestParam(required = false) String county,
                                     @Valid PageQuery page, @AuthenticationPrincipal AuthUser staff) {
        return authoring.list(status, kind, county, page, staff);
    }

    @GetMapping("/{id}")
    EventViews.Staff get(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return authoring.get(id, staff);
    }

    /**
     * {@code {push, urgent}}: with {@code push: true} an invitation to the audience; above the review threshold
     * (app.notice.review-threshold) only after another staff member's approval (409 EVENT_APPROVAL_REQUIRED).
     */
    @PostMapping("/{id}/publish")
    EventViews.Staff publish(@PathVariable long id, @RequestBody(required = false) EventPublishing.PublishRequest request,
                             @AuthenticationPrincipal AuthUser staff) {
        return publishing.publish(id, request == null ? new EventPublishing.PublishRequest(false, false) : request, staff);
    }

    /** Approves a draft for a large invitation; never by its author or an editor (403 EVENT_SELF_APPROVAL). */
    @PostMapping("/{id}/approve")
    EventViews.Staff approve(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return publishing.approve(id, staff);
    }

    /** Everyone registered is told at once; reminders not sent yet are stopped. */
    @PostMapping("/{id}/cancel")
    EventViews.Staff cancel(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return publishing.cancel(id, staff);
    }

    /**
     * Checks a confirmed registrant in by their code (forged or unreadable → 400 CHECK_IN_CODE_INVALID, another
     * event's → 400 CHECK_IN_CODE_WRONG_EVENT, used → 409 ALREADY_CHECKED_IN) or by the registration picked from
     * a phone search.
     */
    @PostMapping("/{id}/check-ins")
    CheckIns.Attendee checkIn(@PathVariable long id, @Valid @RequestBody CheckIns.CheckInRequest request,
                              @AuthenticationPrincipal AuthUser staff) {
        return checkIns.checkIn(id, request, staff);
    }

    /** Registrations whose phone ends with {@code phone} (at least 4 digits), phones masked. */
    @GetMapping("/{id}/registrations")
    List<CheckIns.Attendee> search(@PathVariable long id, @RequestParam String phone,
                                   @AuthenticationPrincipal AuthUser staff) {
        return checkIns.searchByPhone(id, phone, staff);
    }

    /** Someone who came without registering, recorded as checked in. */
    @PostMapping("/{id}/walk-ins")
    @ResponseStatus(HttpStatus.CREATED)
    CheckIns.Attendee walkIn(@PathVariable long id, @Valid @RequestBody CheckIns.WalkInRequest request,
                             @AuthenticationPrincipal AuthUser staff) {
        return checkIns.walkIn(id, request, staff);
    }

    /** A follow-up (e.g. the training materials) to the confirmed, waitlisted, checked-in or all registrants. */
    @PostMapping("/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    PushTaskView message(@PathVariable long id, @Valid @RequestBody EventMessages.MessageRequest request,
                         @AuthenticationPrincipal AuthUser staff) {
        return messages.send(id, request, staff);
    }
}
