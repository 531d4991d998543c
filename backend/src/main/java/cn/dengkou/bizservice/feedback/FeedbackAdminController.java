package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff handle tickets: the association triages (assign, transfer), departments answer their own queue
 * (another department's ticket is 403, another county's 404).
 */
@RestController
@Tag(name = "后台·问情办理", description = "个私协会分派、转办诉求，责任部门回复、办结；内部备注不对经营者显示，每个操作都记入审计")
@RequestMapping("/api/v1/admin/feedback")
@PreAuthorize(Access.FEEDBACK_STAFF)
class FeedbackAdminController {

    private final TicketHandling handling;
    private final TicketExtensions extensions;
    private final StaffAlerts alerts;

    FeedbackAdminController(TicketHandling handling, TicketExtensions extensions, StaffAlerts alerts) {
        this.handling = handling;
        this.extensions = extensions;
        this.alerts = alerts;
    }

    /**
     * Reminders (催办) one working day before a due date and the daily overdue digest (督办): a department's staff read
     * their department's, the association its own; newest first.
     */
    @GetMapping("/alerts")
    PageResult<StaffAlerts.FeedbackAlert> alerts(@Valid PageQuery page, @AuthenticationPrincipal AuthUser user) {
        return alerts.list(user, page);
    }

    /** Newest first; department staff see their department's assigned tickets; {@code overdue=true}: past a due date. */
    @GetMapping
    PageResult<TicketViews.FeedbackStaffItem> list(@Valid TicketFilter filter, @Valid PageQuery page,
                                           @AuthenticationPrincipal AuthUser user) {
        return handling.list(filter, page, user);
    }

    /** With replies, internal notes and the audit trail of every action. */
    @GetMapping("/{id}")
    TicketViews.FeedbackStaffDetail get(@PathVariable long id, @AuthenticationPrincipal AuthUser user) {
        return handling.get(id, user);
    }

    /** The contact phone unmasked (audited); 403 for a department when the owner hid their identity. */
    @GetMapping("/{id}/contact")
    TicketHandling.FeedbackContact contact(@PathVariable long id, @AuthenticationPrincipal AuthUser user) {
        return handling.contact(id, user);
    }

    /** SUBMITTED → ASSIGNED; {@code department} left out: the category's default. The association only. */
    @PostMapping("/{id}/assign")
    TicketViews.FeedbackStaffDetail assign(@PathVariable long id, @Valid @RequestBody TicketHandling.FeedbackAssignRequest request,
                                   @AuthenticationPrincipal AuthUser user) {
        return handling.assign(id, request, user);
    }

    /** To another department with a reason (→ ASSIGNED). The association only. */
    @PostMapping("/{id}/transfer")
    TicketViews.FeedbackStaffDetail transfer(@PathVariable long id, @Valid @RequestBody TicketHandling.FeedbackTransferRequest request,
                                     @AuthenticationPrincipal AuthUser user) {
        return handling.transfer(id, request, user);
    }

    /** An answer to the owner (→ REPLIED), pushed to them. */
    @PostMapping("/{id}/replies")
    TicketViews.FeedbackStaffDetail reply(@PathVariable long id, @Valid @RequestBody TicketHandling.FeedbackTextRequest request,
                                  @AuthenticationPrincipal AuthUser user) {
        return handling.reply(id, request, user);
    }

    /** An internal note: staff only, never shown to the owner. */
    @PostMapping("/{id}/notes")
    TicketViews.FeedbackStaffDetail note(@PathVariable long id, @Valid @RequestBody TicketHandling.FeedbackTextRequest request,
                                 @AuthenticationPrincipal AuthUser user) {
        return handling.note(id, request, user);
    }

    /** The department asks for a later resolution due date, with a reason (one pending request at a time). */
    @PostMapping("/{id}/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    TicketExtensions.FeedbackExtension requestExtension(@PathVariable long id,
                                                        @Valid @RequestBody TicketExtensions.FeedbackExtensionRequest request,
                                                        @AuthenticationPrincipal AuthUser user) {
        return extensions.request(id, request, user);
    }

    /** The association grants: the due date moves (the original stays on record). */
    @PostMapping("/{id}/extensions/{extensionId}/grant")
    TicketExtensions.FeedbackExtension grant(@PathVariable long id, @PathVariable long extensionId,
                                             @Valid @RequestBody TicketExtensions.FeedbackDecisionRequest request,
                                             @AuthenticationPrincipal AuthUser user) {
        return extensions.decide(id, extensionId, true, request, user);
    }

    /** The association refuses: the due date stays. */
    @PostMapping("/{id}/extensions/{extensionId}/refuse")
    TicketExtensions.FeedbackExtension refuse(@PathVariable long id, @PathVariable long extensionId,
                                              @Valid @RequestBody TicketExtensions.FeedbackDecisionRequest request,
                                              @AuthenticationPrincipal AuthUser user) {
        return extensions.decide(id, extensionId, false, request, user);
    }

    /** Done (→ RESOLVED) with the resolution, pushed to the owner, who may rate it or reopen within 7 days. */
    @PostMapping("/{id}/resolve")
    TicketViews.FeedbackStaffDetail resolve(@PathVariable long id, @Valid @RequestBody TicketHandling.FeedbackResolveRequest request,
                                    @AuthenticationPrincipal AuthUser user) {
        return handling.resolve(id, request, user);
    }
}
