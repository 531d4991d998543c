package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.common.StaffRule;
import cn.dengkou.bizservice.common.StaffScope;
import com.baomidou.mybatisplus.core.metadata.IPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Staff work on bound businesses: find them, verify or reject claims, keep their growth-pool tags. Each staff
 * member works inside their counties ({@link #RULE}): another county's business answers BUSINESS_NOT_FOUND.
 */
@Service
class BusinessReview {

    private static final Logger log = LoggerFactory.getLogger(BusinessReview.class);
    /** The subject kind of businesses in the shared audit trail. */
    static final String KIND = "business";

    /** What staff do to a business, as the audit trail records it. */
    enum AuditAction { VERIFY, REJECT, SET_TAGS }

    /** ADMIN and ASSOCIATION (the role rule of the endpoints) manage the businesses of their counties. */
    static final StaffRule RULE = StaffRule.whole(Role.ADMIN, Role.ASSOCIATION);

    private final BusinessMapper businesses;
    private final AuditTrail audit;
    private final Dictionaries dictionaries;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Counties counties;

    BusinessReview(BusinessMapper businesses, AuditTrail audit, Dictionaries dictionaries, TransactionTemplate tx,
                   Clock clock, Counties counties) {
        this.counties = counties;
        this.businesses = businesses;
        this.audit = audit;
        this.dictionaries = dictionaries;
        this.tx = tx;
        this.clock = clock;
    }

    PageResult<BusinessView> list(BusinessFilter filter, PageQuery page, AuthUser staff) {
        if (filter.county() != null && !counties.isServed(filter.county())) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "county 取值无效：" + filter.county());
        }
        Set<String> in = scope(staff).countiesFor(filter.county());
        if (in != null && in.isEmpty()) {
            return PageResult.of(page.<Business>toPage(), b -> BusinessView.of(b, List.of()));
        }
        IPage<Business> found = businesses.search(filter, in, page.toPage());
        Map<Long, List<String>> tags = businesses.tagsByBusiness(found.getRecords().stream().map(Business::getId).toList());
        return PageResult.of(found, b -> BusinessView.of(b, tags.getOrDefault(b.getId(), List.of())));
    }

    BusinessView get(long id, AuthUser staff) {
        return view(require(businesses.selectById(id), staff));
    }

    BusinessView verify(long id, AuthUser staff) {
        return move(id, BusinessTransition.VERIFY, AuditAction.VERIFY, staff, null);
    }

    BusinessView reject(long id, AuthUser staff, String reason) {
        return move(id, BusinessTransition.REJECT, AuditAction.REJECT, staff, reason.strip());
    }

    /** Replaces the whole tag set; an empty list clears it. */
    BusinessView replaceTags(long id, List<String> tags, AuthUser staff) {
        long staffId = staff.id();
        List<String> codes = tags.stream().map(String::strip).distinct().toList();
        require(businesses.selectById(id), staff); // another county's business is not found, whatever the tags say
        dictionaries.require(Dictionaries.BUSINESS_TAGS, "tags", codes);
        tx.executeWithoutResult(status -> {
            Business b = require(businesses.lockById(id), staff);
            List<String> before = businesses.tagsOf(id);
            businesses.clearTags(id);
            if (!codes.isEmpty()) {
                businesses.addTags(id, codes);
            }
            audit.record(KIND, id, b.getCounty(), staffId, AuditAction.SET_TAGS,
                    AuditTrail.diff(Map.of("tags", before), Map.of("tags", codes.stream().sorted().toList())),
                    LocalDateTime.now(clock));
        });
        log.info("business {} tags set to {}", id, codes);
        return view(businesses.selectById(id));
    }

    private BusinessView move(long id, BusinessTransition t, AuditAction action, AuthUser staff, String note) {
        long staffId = staff.id();
        // a business's county moves only with a registry import, so checking it before the conditional UPDATE holds
        Business found = require(businesses.selectById(id), staff);
        LocalDateTime now = LocalDateTime.now(clock);
        tx.executeWithoutResult(status -> {
            if (!businesses.transition(id, t, staffId, note, now)) {
                Business b = require(businesses.selectById(id), staff);
                throw new ApiException(ErrorCode.BUSINESS_STATE_CONFLICT,
                        "该经营主体" + BusinessStatus.valueOf(b.getStatus()).label + "，只能处理待核验的绑定申请");
            }
            audit.record(KIND, id, found.getCounty(), staffId, action, note == null ? null : Map.of("reason", note), now);
        });
        log.info("business {} {} by staff {}", id, t, staffId);
        return view(businesses.selectById(id));
    }

    private BusinessView view(Business b) {
        return BusinessView.of(b, businesses.tagsOf(b.getId()));
    }

    private static StaffScope scope(AuthUser staff) {
        return RULE.scopeOf(staff).orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN));
    }

    /** The business, if it exists and is in the staff member's counties: else it does not exist for them. */
    private static Business require(Business b, AuthUser staff) {
        if (b == null || !RULE.mayManage(staff, StaffScope.Subject.inCounty(b.getCounty()))) {
            throw new ApiException(ErrorCode.BUSINESS_NOT_FOUND);
        }
        return b;
    }
}
