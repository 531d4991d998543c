package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.business.BusinessView;
import cn.dengkou.bizservice.business.OwnedBusinesses;
import cn.dengkou.bizservice.calendar.WorkingDays;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.QueryParams;
import cn.dengkou.bizservice.upload.OwnerImages;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An owner submits a difficulty: checked, limited per day, given its department and due dates, never lost. */
@Service
class FeedbackSubmission {

    private static final Logger log = LoggerFactory.getLogger(FeedbackSubmission.class);
    static final String CATEGORIES = "feedback-categories";
    static final int MAX_IMAGES = 9;

    /**
     * @param images        ids of images uploaded with {@code POST /feedback/images} (at most 9)
     * @param hideIdentity  the department is not shown who submitted it (the association still is)
     * @param county        only when several counties are served and the owner has no bound business
     */
    record FeedbackRequest(@NotBlank(message = "不能为空") String category,
                         @NotNull(message = "不能为空") @Size(min = 10, max = 2000, message = "长度须在10到2000个字之间") String content,
                         @Size(max = MAX_IMAGES, message = "最多上传9张图片") List<@NotNull Long> images,
                         @Pattern(regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}", message = "格式不正确") String contactPhone,
                         Boolean hideIdentity, @Schema(nullable = true) String county) {
    }

    record FeedbackSubmitted(long id, FeedbackStatus status) {
    }

    private final TicketMapper tickets;
    private final TicketImageMapper images;
    private final FeedbackCategoryMapper categories;
    private final ContentCheck contentCheck;
    private final OwnerImages ownerImages;
    private final OwnedBusinesses businesses;
    private final Dictionaries dictionaries;
    private final Counties counties;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final DailyLimit dailyLimit;
    private final TransactionTemplate tx;
    private final Clock clock;

    FeedbackSubmission(TicketMapper tickets, TicketImageMapper images, FeedbackCategoryMapper categories,
                       ContentCheck contentCheck, OwnerImages ownerImages, OwnedBusinesses businesses,
                       Dictionaries dictionaries, Counties counties, WorkingDays workingDays, AuditTrail audit,
                       DailyLimit dailyLimit, TransactionTemplate tx, Clock clock) {
        this.tickets = tickets;
        this.images = images;
        this.categories = categories;
        this.contentCheck = contentCheck;
        this.ownerImages = ownerImages;
        this.businesses = businesses;
        this.dictionaries = dictionaries;
        this.counties = counties;
        this.workingDays = workingDays;
        this.audit = audit;
        this.dailyLimit = dailyLimit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Waits on WeChat's check: the controller runs it off the request threads. */
    FeedbackSubmitted submit(AuthUser owner, FeedbackRequest r) {
        String content = r.content().strip();
        List<Long> imageIds = r.images() == null ? List.of() : List.copyOf(r.images());
        checkFields(r, content, imageIds, owner);
        BusinessView business = businesses.findForOwner(owner.id());
        String county = countyOf(business, r.county());
        dailyLimit.precheck(owner.id(), DailyLimit.Kind.TICKET);
        ContentCheck.Flag flag = contentCheck.check(owner.id(), content);
        Ticket t = tx.execute(s -> {
            dailyLimit.take(owner.id(), DailyLimit.Kind.TICKET);
            Ticket saved = insert(owner.id(), business, county, r.category(), content, r.contactPhone(),
                    Boolean.TRUE.equals(r.hideIdentity()), flag, TicketSource.OWNER);
            if (!imageIds.isEmpty()) {
                images.insert(saved.getId(), imageIds);
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("category", saved.getCategory());
            detail.put("department", saved.getDepartment());
            if (flag != null) {
                detail.put("contentFlag", flag.name());
            }
            audit.record(Ticket.KIND, saved.getId(), county, owner.id(), TicketAuditTrail.SUBMIT, detail, saved.getCreatedAt());
            return saved;
        });
        log.info("feedback {} submitted by user {} (category {}, flag {})", t.getId(), owner.id(), t.getCategory(), flag);
        return new FeedbackSubmitted(t.getId(), FeedbackStatus.SUBMITTED);
    }

    /** A new ticket with its category's department and due dates (also for a problem found on a visit). */
    Ticket insert(long ownerId, BusinessView business, String county, String category, String content, String phone,
                  boolean hideIdentity, ContentCheck.Flag flag, TicketSource source) {
        FeedbackCategory c = categories.selectById(category);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        Ticket t = new Ticket();
        t.setCounty(county);
        t.setOwnerId(ownerId);
        t.setBusinessId(business == null ? null : business.id());
        t.setTownship(business == null ? null : business.township());
        t.setCategory(category);
        t.setDepartment(c == null ? "ASSOCIATION" : c.getDepartment());
        t.setContent(content);
        t.setContactPhone(QueryParams.orNull(phone));
        t.setHideIdentity(hideIdentity);
        t.setContentFlag(flag == null ? null : flag.name());
        t.setSource(source.name());
        t.setStatus(FeedbackStatus.SUBMITTED.name());
        t.setFirstResponseDue(workingDays.plusWorkingDays(today,
                c == null ? FeedbackCategory.DEFAULT_FIRST_RESPONSE_DAYS : c.getFirstResponseDays()));
        LocalDate resolutionDue = workingDays.plusWorkingDays(today,
                c == null ? FeedbackCategory.DEFAULT_RESOLUTION_DAYS : c.getResolutionDays());
        t.setResolutionDue(resolutionDue);
        t.setOriginalResolutionDue(resolutionDue);
        t.setReopenedCount(0);
        t.setCreatedAt(now);
        t.setUpdatedAt(now);
        tickets.insert(t);
        return t;
    }

    private void checkFields(FeedbackRequest r, String content, List<Long> imageIds, AuthUser owner) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!dictionaries.contains(CATEGORIES, r.category())) {
            errors.put("category", "诉求分类无效：" + r.category());
        }
        if (content.length() < 10) {
            errors.put("content", "长度须在10到2000个字之间");
        }
        if (imageIds.stream().distinct().count() != imageIds.size() || !ownerImages.allOwnImages(imageIds, owner.id())) {
            errors.put("images", "图片须是本人上传的 JPG 或 PNG 图片，且不能重复");
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
    }

    /** The owner's business's county; unbound: the one served county, else the county the request names. */
    String countyOf(BusinessView business, String asked) {
        if (business != null) {
            return business.county();
        }
        if (counties.single() != null) {
            return counties.single();
        }
        String county = QueryParams.orNull(asked);
        if (county == null) {
            throw new ApiException(ErrorCode.COUNTY_REQUIRED);
        }
        if (!counties.isServed(county)) {
            throw ApiException.invalidFields(Map.of("county", "区县（旗）无效：" + county));
        }
        return county;
    }
}
