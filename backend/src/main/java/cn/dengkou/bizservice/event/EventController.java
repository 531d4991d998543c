package cn.dengkou.bizservice.event;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Owners and guests find events; owners register and cancel. */
@RestController
@Tag(name = "服务月活动", description = "经营者与游客浏览服务月活动；经营者报名、候补、取消报名")
@RequestMapping("/api/v1/events")
class EventController {

    private final EventCatalog catalog;
    private final Registrations registrations;

    EventController(EventCatalog catalog, Registrations registrations) {
        this.catalog = catalog;
        this.registrations = registrations;
    }

    /**
     * Published events, those not over yet first (soonest first). {@code month} is {@code yyyy-MM};
     * {@code county} (several served counties): the county a guest picked; a bound owner reads their business's.
     */
    @GetMapping
    @PreAuthorize(Access.PUBLIC)
    PageResult<EventViews.Item> list(@Valid EventCatalog.Query query, @Valid PageQuery page,
                                     @AuthenticationPrincipal AuthUser user) {
        return catalog.list(query, page, user);
    }

    /** With {@code remaining} seats and the caller's own registration (null for guests or when not registered). */
    @GetMapping("/{id}")
    @PreAuthorize(Access.PUBLIC)
    EventViews.Detail get(@PathVariable long id, @AuthenticationPrincipal AuthUser user) {
        return catalog.get(id, user);
    }

    /**
     * CONFIRMED while seats remain, then WAITLISTED. Twice → 409 ALREADY_REGISTERED; outside the window or cancelled
     * → 409 REGISTRATION_CLOSED; outside who may register → 403 EVENT_AUDIENCE_FORBIDDEN. {@code name} and
     * {@code phone}: the phone staff may search at the door; name and phone are required when registering without a
     * verified business (events open to everyone).
     */
    @PostMapping("/{id}/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OWNER)
    EventViews.MyRegistration register(@PathVariable long id,
                                       @RequestBody(required = false) Registrations.RegisterRequest request,
                                       @AuthenticationPrincipal AuthUser owner) {
        return registrations.register(id, request, owner);
    }

    /** Gives up the caller's registration; the first waitlisted person moves up and is told. */
    @DeleteMapping("/{id}/registrations/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.OWNER)
    void cancel(@PathVariable long id, @AuthenticationPrincipal AuthUser owner) {
        registrations.cancelMine(id, owner);
    }
}
