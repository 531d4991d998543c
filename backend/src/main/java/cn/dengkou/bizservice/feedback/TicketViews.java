package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.business.BusinessView;
import cn.dengkou.bizservice.business.OwnedBusinesses;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.PhoneNumbers;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What owners and staff read of a ticket: the owner never sees notes, the audit trail or whom it went to by name. */
@Component
class TicketViews {

    record FeedbackImage(long id, String url) {
    }

    /** A reply as the owner reads it: which department answered, not who. */
    record FeedbackReply(String content, String department, String departmentName, LocalDateTime at) {
    }

    /** A line of the owner's list. */
    record FeedbackItem(long id, FeedbackStatus status, String category, String categoryName, String summary,
                     LocalDateTime createdAt, LocalDateTime updatedAt) {
    }

    /**
     * The owner's own ticket. {@code reopenUntil}: while RESOLVED, the last moment to reopen; {@code canRate}: RESOLVED
     * and not rated.
     */
    record FeedbackDetail(long id, FeedbackStatus status, String category, String categoryName, String content,
                       List<FeedbackImage> images, @Schema(nullable = true) String contactPhone, boolean hideIdentity,
                       String department, String departmentName, List<FeedbackReply> replies,
                       @Schema(nullable = true) String resolution, @Schema(nullable = true) LocalDateTime resolvedAt,
                       @Schema(nullable = true) LocalDateTime reopenUntil, boolean canRate,
                       @Schema(nullable = true) Integer rating, @Schema(nullable = true) String ratingComment,
                       LocalDateTime createdAt) {
    }

    /** A reply or an internal note ({@code kind} NOTE) as staff read it. */
    record FeedbackMessage(long id, String kind, long authorId, @Schema(nullable = true) String department, String content,
                   LocalDateTime at) {
    }

    /** A line of the staff queue; {@code overdue}: open past a due date today. */
    record FeedbackStaffItem(long id, String county, FeedbackStatus status, String category, String department,
                     String summary, @Schema(nullable = true) String contentFlag, String source, boolean overdue,
                     LocalDate firstResponseDue, LocalDate resolutionDue, LocalDateTime createdAt) {
    }

    /**
     * The ticket for staff. Who submitted it ({@code ownerId}, {@code business}) is null for a department when the
     * owner asked to stay anonymous; {@code contactPhone} is masked ({@code GET …/contact} shows it, audited).
     */
    record FeedbackStaffDetail(long id, String county, FeedbackStatus status, String category, String categoryName,
                       String department, String departmentName, String content, List<FeedbackImage> images,
                       @Schema(nullable = true) String contactPhone, boolean hideIdentity,
                       @Schema(nullable = true) Long ownerId, @Schema(nullable = true) BusinessView business,
                       @Schema(nullable = true) String township,
                       @Schema(nullable = true) String contentFlag, String source, boolean overdue,
                       LocalDate firstResponseDue, LocalDate resolutionDue, LocalDate originalResolutionDue,
                       @Schema(nullable = true) LocalDateTime firstRespondedAt,
                       @Schema(nullable = true) String resolution, @Schema(nullable = true) LocalDateTime resolvedAt,
                       int reopenedCount, @Schema(nullable = true) Integer rating,
                       @Schema(nullable = true) String ratingComment, List<FeedbackMessage> messages,
                       List<TicketExtensions.FeedbackExtension> extensions, List<AuditTrail.Entry> audit,
                       LocalDateTime createdAt) {
    }

    private final TicketImageMapper images;
    private final TicketMessageMapper messages;
    private final TicketExtensionMapper extensions;
    private final OwnedBusinesses businesses;
    private final Dictionaries dictionaries;
    private final AuditTrail audit;
    private final FeedbackProperties props;
    private final Clock clock;

    TicketViews(TicketImageMapper images, TicketMessageMapper messages, TicketExtensionMapper extensions,
                OwnedBusinesses businesses, Dictionaries dictionaries, AuditTrail audit, FeedbackProperties props,
                Clock clock) {
        this.extensions = extensions;
        this.images = images;
        this.messages = messages;
        this.businesses = businesses;
        this.dictionaries = dictionaries;
        this.audit = audit;
        this.props = props;
        this.clock = clock;
    }

    FeedbackItem ownerItem(Ticket t) {
        return new FeedbackItem(t.getId(), t.statusValue(), t.getCategory(), categoryName(t), summary(t),
                t.getCreatedAt(), t.getUpdatedAt());
    }

    FeedbackDetail owner(Ticket t) {
        List<FeedbackReply> replies = messages.ofTicket(t.getId(), true).stream()
                .map(m -> new FeedbackReply(m.getContent(), m.getDepartment(), departmentName(m.getDepartment()), m.getCreatedAt()))
                .toList();
        boolean resolved = t.statusValue() == FeedbackStatus.RESOLVED;
        return new FeedbackDetail(t.getId(), t.statusValue(), t.getCategory(), categoryName(t), t.getContent(), images(t),
                t.getContactPhone(), Boolean.TRUE.equals(t.getHideIdentity()), t.getDepartment(),
                departmentName(t.getDepartment()), replies, t.getResolution(), t.getResolvedAt(),
                resolved ? reopenUntil(t) : null, resolved && t.getRating() == null, t.getRating(), t.getRatingComment(),
                t.getCreatedAt());
    }

    FeedbackStaffItem staffItem(Ticket t) {
        return new FeedbackStaffItem(t.getId(), t.getCounty(), t.statusValue(), t.getCategory(), t.getDepartment(), summary(t),
                t.getContentFlag(), t.getSource(), overdue(t), t.getFirstResponseDue(), t.getResolutionDue(),
                t.getCreatedAt());
    }

    FeedbackStaffDetail staff(Ticket t, AuthUser user) {
        boolean identity = TicketAccess.seesIdentity(user, t);
        BusinessView business = identity && t.getBusinessId() != null ? businesses.find(t.getBusinessId()) : null;
        List<FeedbackMessage> all = messages.ofTicket(t.getId(), false).stream()
                .map(m -> new FeedbackMessage(m.getId(), m.getKind(), m.getAuthorId(), m.getDepartment(), m.getContent(),
                        m.getCreatedAt()))
                .toList();
        return new FeedbackStaffDetail(t.getId(), t.getCounty(), t.statusValue(), t.getCategory(), categoryName(t),
                t.getDepartment(), departmentName(t.getDepartment()), t.getContent(), images(t),
                identity ? PhoneNumbers.mask(t.getContactPhone()) : null, Boolean.TRUE.equals(t.getHideIdentity()),
                identity ? t.getOwnerId() : null, business, t.getTownship(), t.getContentFlag(), t.getSource(),
                overdue(t), t.getFirstResponseDue(), t.getResolutionDue(), t.getOriginalResolutionDue(),
                t.getFirstRespondedAt(), t.getResolution(), t.getResolvedAt(), t.getReopenedCount(), t.getRating(),
                t.getRatingComment(), all,
                extensions.ofTicket(t.getId()).stream().map(TicketExtensions.FeedbackExtension::of).toList(),
                audit.entries(Ticket.KIND, t.getId()), t.getCreatedAt());
    }

    /** Open past its resolution due date, or not answered past its first-response due date (as the list query says). */
    boolean overdue(Ticket t) {
        LocalDate today = LocalDate.now(clock);
        FeedbackStatus s = t.statusValue();
        boolean open = s == FeedbackStatus.ASSIGNED || s == FeedbackStatus.REPLIED || s == FeedbackStatus.REOPENED;
        boolean unanswered = (s == FeedbackStatus.SUBMITTED || s == FeedbackStatus.ASSIGNED) && t.getFirstRespondedAt() == null;
        return open && t.getResolutionDue().isBefore(today) || unanswered && t.getFirstResponseDue().isBefore(today);
    }

    LocalDateTime reopenUntil(Ticket t) {
        return t.getResolvedAt() == null ? null : t.getResolvedAt().plus(props.reopenWindow());
    }

    private List<FeedbackImage> images(Ticket t) {
        return images.ofTicket(t.getId()).stream().map(id -> new FeedbackImage(id, "/api/v1/files/" + id)).toList();
    }

    private String categoryName(Ticket t) {
        return dictionaries.nameOf(FeedbackSubmission.CATEGORIES, t.getCategory());
    }

    String departmentName(String code) {
        return code == null ? null : dictionaries.nameOf(Dictionaries.DEPARTMENTS, code);
    }

    private static String summary(Ticket t) {
        String c = t.getContent();
        return c.length() <= 60 ? c : c.substring(0, 59) + "…";
    }
}
