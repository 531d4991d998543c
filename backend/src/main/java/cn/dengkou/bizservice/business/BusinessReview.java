package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import com.baomidou.mybatisplus.core.metadata.IPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Staff work on bound businesses: find them, verify or reject claims, keep their growth-pool tags. */
@Service
class BusinessReview {

    private static final Logger log = LoggerFactory.getLogger(BusinessReview.class);
    /** The subject kind of businesses in the shared audit trail. */
    static final String KIND = "business";

    /** What staff do to a business, as the audit trail records it. */
    enum AuditAction { VERIFY, REJECT, SET_TAGS }

    private final BusinessMapper businesses;
    private final AuditTrail audit;
    private final Dictionaries dictionaries;
    private final TransactionTemplate tx;
    private final Clock clock;

    BusinessReview(BusinessMapper businesses, AuditTrail audit, Dictionaries dictionaries, TransactionTemplate tx,
                   Clock clock) {
        this.businesses = businesses;
        this.audit = audit;
        this.dictionaries = dictionaries;
        this.tx = tx;
        this.clock = clock;
    }

    PageResult<BusinessView> list(BusinessFilter filter, PageQuery page) {
        IPage<Business> found = businesses.search(filter, page.toPage());
        Map<Long, List<String>> tags = businesses.tagsByBusiness(found.getRecords().stream().map(Business::getId).toList());
        return PageResult.of(found, b -> BusinessView.of(b, tags.getOrDefault(b.getId(), List.of())));
    }

    BusinessView get(long id) {
        return BusinessView.of(require(businesses.selectById(id)), businesses.tagsOf(id));
    }

    BusinessView verify(long id, long staffId) {
        return move(id, BusinessTransition.VERIFY, AuditAction.VERIFY, staffId, null);
    }

    BusinessView reject(long id, long staffId, String reason) {
        return move(id, BusinessTransition.REJECT, AuditAction.REJECT, staffId, reason.strip());
    }

    /** Replaces the whole tag set; an empty list clears it. */
    BusinessView replaceTags(long id, List<String> tags, long staffId) {
        List<String> codes = tags.stream().map(String::strip).distinct().toList();
        dictionaries.require(Dictionaries.BUSINESS_TAGS, "tags", codes);
        tx.executeWithoutResult(status -> {
            require(businesses.lockById(id));
            List<String> before = businesses.tagsOf(id);
            businesses.clearTags(id);
            if (!codes.isEmpty()) {
                businesses.addTags(id, codes);
            }
            audit.record(KIND, id, staffId, AuditAction.SET_TAGS,
                    AuditTrail.diff(Map.of("tags", before), Map.of("tags", codes.stream().sorted().toList())),
                    LocalDateTime.now(clock));
        });
        log.info("business {} tags set to {}", id, codes);
        return get(id);
    }

    private BusinessView move(long id, BusinessTransition t, AuditAction action, long staffId, String note) {
        LocalDateTime now = LocalDateTime.now(clock);
        tx.executeWithoutResult(status -> {
            if (!businesses.transition(id, t, staffId, note, now)) {
                Business b = require(businesses.selectById(id));
                throw new ApiException(ErrorCode.BUSINESS_STATE_CONFLICT,
                        "该经营主体" + BusinessStatus.valueOf(b.getStatus()).label + "，只能处理待核验的绑定申请");
            }
            audit.record(KIND, id, staffId, action, note == null ? null : Map.of("reason", note), now);
        });
        log.info("business {} {} by staff {}", id, t, staffId);
        return get(id);
    }

    private static Business require(Business b) {
        if (b == null) {
            throw new ApiException(ErrorCode.BUSINESS_NOT_FOUND);
        }
        return b;
    }
}
