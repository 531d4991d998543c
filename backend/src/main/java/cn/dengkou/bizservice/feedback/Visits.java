package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.business.BusinessView;
import cn.dengkou.bizservice.business.OwnedBusinesses;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.common.StaffRule;
import cn.dengkou.bizservice.common.StaffScope;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Visits (走访): staff record them; a problem found becomes a ticket in the same request (source VISIT, on the
 * business's behalf). ADMIN and ASSOCIATION see every visit of their counties, other staff the visits they recorded.
 */
@Service
class Visits {

    static final StaffRule RULE = StaffRule.whole(Role.ADMIN, Role.ASSOCIATION);

    /** The problem as a ticket: its category and text (default: the problems found). */
    record VisitTicket(@NotBlank(message = "不能为空") String category,
                       @Size(min = 10, max = 2000, message = "长度须在10到2000个字之间") String content) {
    }

    record VisitRequest(@NotNull(message = "不能为空") Long businessId, @NotNull(message = "不能为空") LocalDate visitedOn,
                        @NotBlank(message = "不能为空") @Size(max = 200, message = "不能超过200个字") String visitors,
                        @NotBlank(message = "不能为空") @Size(max = 2000, message = "不能超过2000个字") String discussed,
                        @Size(max = 2000, message = "不能超过2000个字") String problems,
                        @Size(max = 2000, message = "不能超过2000个字") String helpGiven, LocalDate followUpOn,
                        @Valid @Schema(nullable = true) VisitTicket ticket) {
    }

    record VisitView(long id, String county, long businessId, String businessName, @Schema(nullable = true) String township,
                     @Schema(nullable = true) String townshipName, LocalDate visitedOn, long recordedBy, String visitors,
                     String discussed, @Schema(nullable = true) String problems, @Schema(nullable = true) String helpGiven,
                     @Schema(nullable = true) LocalDate followUpOn, @Schema(nullable = true) Long ticketId,
                     LocalDateTime createdAt) {
    }

    private final VisitMapper visits;
    private final FeedbackSubmission submission;
    private final OwnedBusinesses businesses;
    private final Dictionaries dictionaries;
    private final AuditTrail audit;
    private final Clock clock;

    Visits(VisitMapper visits, FeedbackSubmission submission, OwnedBusinesses businesses, Dictionaries dictionaries,
           AuditTrail audit, Clock clock) {
        this.visits = visits;
        this.submission = submission;
        this.businesses = businesses;
        this.dictionaries = dictionaries;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    VisitView record(VisitRequest r, AuthUser user) {
        BusinessView b = businesses.find(r.businessId());
        if (b == null || !inCounties(user, b.county())) {
            throw new ApiException(ErrorCode.BUSINESS_NOT_FOUND);
        }
        LocalDate today = LocalDate.now(clock);
        if (r.visitedOn().isAfter(today)) {
            throw ApiException.invalidFields(Map.of("visitedOn", "走访日期不能晚于今天"));
        }
        if (r.ticket() != null && !dictionaries.contains(FeedbackSubmission.CATEGORIES, r.ticket().category())) {
            throw ApiException.invalidFields(Map.of("ticket.category", "诉求分类无效：" + r.ticket().category()));
        }
        String problems = trimmed(r.problems());
        String content = r.ticket() == null ? null : r.ticket().content() != null ? r.ticket().content().strip() : problems;
        if (r.ticket() != null && (content == null || content.length() < 10)) {
            throw ApiException.invalidFields(Map.of("ticket.content", "请填写诉求内容（10到2000个字）"));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Visit v = new Visit();
        v.setCounty(b.county());
        v.setBusinessId(b.id());
        v.setTownship(b.township());
        v.setVisitedOn(r.visitedOn());
        v.setRecordedBy(user.id());
        v.setVisitors(r.visitors().strip());
        v.setDiscussed(r.discussed().strip());
        v.setProblems(problems);
        v.setHelpGiven(trimmed(r.helpGiven()));
        v.setFollowUpOn(r.followUpOn());
        v.setCreatedAt(now);
        visits.insert(v);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("businessId", b.id());
        if (r.ticket() != null) {
            Ticket t = submission.insert(businesses.ownerOf(b.id()), b, b.county(), r.ticket().category(), content, null,
                    false, null, TicketSource.VISIT);
            visits.linkTicket(v.getId(), t.getId());
            v.setTicketId(t.getId());
            audit.record(Ticket.KIND, t.getId(), b.county(), user.id(), TicketAuditTrail.SUBMIT,
                    Map.of("category", t.getCategory(), "department", t.getDepartment(), "visitId", v.getId()), now);
            detail.put("ticketId", t.getId());
        }
        audit.record(Visit.KIND, v.getId(), b.county(), user.id(), FeedbackAuditAction.RECORD, detail, now);
        return view(v, b);
    }

    PageResult<VisitView> list(VisitFilter f, PageQuery page, AuthUser user) {
        Set<String> counties = scopeCounties(user, f.county());
        if (counties != null && counties.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        return PageResult.of(visits.page(f, counties, ownOnly(user), page.toPage()), this::view);
    }

    List<VisitView> all(VisitFilter f, AuthUser user) {
        Set<String> counties = scopeCounties(user, f.county());
        return counties != null && counties.isEmpty() ? List.of()
                : visits.all(f, counties, ownOnly(user)).stream().map(this::view).toList();
    }

    private VisitView view(Visit v) {
        return view(v, businesses.find(v.getBusinessId()));
    }

    private VisitView view(Visit v, BusinessView b) {
        String township = v.getTownship();
        return new VisitView(v.getId(), v.getCounty(), v.getBusinessId(), b == null ? "" : b.name(), township,
                township == null ? null : dictionaries.nameOf(Dictionaries.TOWNSHIPS, township), v.getVisitedOn(),
                v.getRecordedBy(), v.getVisitors(), v.getDiscussed(), v.getProblems(), v.getHelpGiven(), v.getFollowUpOn(),
                v.getTicketId(), v.getCreatedAt());
    }

    /** Staff other than ADMIN and ASSOCIATION see the visits they recorded. */
    private static Long ownOnly(AuthUser user) {
        return RULE.scopeOf(user).isPresent() ? null : user.id();
    }

    private static boolean inCounties(AuthUser user, String county) {
        return user.counties() == null || user.counties().contains(county);
    }

    private static Set<String> scopeCounties(AuthUser user, String filter) {
        return new StaffScope(null, user.counties()).countiesFor(filter);
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
