package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An owner binds their business: one business per owner, one owner per business. The unique keys
 * on {@code business} decide races; the checks before the insert only give the usual answers early.
 */
@Service
class BusinessBinding {

    private static final Logger log = LoggerFactory.getLogger(BusinessBinding.class);

    /** {@code created} is false when the owner had already bound this very code (a repeated request). */
    record Outcome(long id, BusinessStatus status, boolean created) {
    }

    private final BusinessMapper businesses;
    private final RegistryEntryMapper registry;
    private final Dictionaries dictionaries;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Counties counties;

    BusinessBinding(BusinessMapper businesses, RegistryEntryMapper registry, Dictionaries dictionaries,
                    TransactionTemplate tx, Clock clock, Counties counties) {
        this.counties = counties;
        this.businesses = businesses;
        this.registry = registry;
        this.dictionaries = dictionaries;
        this.tx = tx;
        this.clock = clock;
    }

    Outcome bind(long userId, BindRequest request) {
        String uscc = Uscc.normalize(request.uscc());
        Uscc.Problem problem = Uscc.problem(uscc);
        if (problem != null) {
            throw new ApiException(ErrorCode.USCC_INVALID, problem.reason);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        RegistryEntry entry = registry.selectById(uscc);
        String county = countyOf(uscc, entry, request);
        checkCodes(request, county, now);

        Business holder = businesses.findByUscc(uscc);
        boolean heldByMe = holder != null && holder.getOwnerUserId() == userId;
        if (holder != null && !holder.is(BusinessStatus.REJECTED)) {
            if (heldByMe) {
                return new Outcome(holder.getId(), BusinessStatus.valueOf(holder.getStatus()), false);
            }
            throw new ApiException(ErrorCode.BUSINESS_ALREADY_BOUND);
        }
        // From here any holder is a rejected claim: the owner's own one is rebound, someone else's released.
        Business mine = heldByMe ? holder : businesses.findByOwner(userId);
        if (mine != null && !mine.is(BusinessStatus.REJECTED) && mine.getUscc().equals(uscc)) {
            // The same claim committed by a parallel request of this owner since we looked.
            return new Outcome(mine.getId(), BusinessStatus.valueOf(mine.getStatus()), false);
        }
        if (mine != null && !mine.is(BusinessStatus.REJECTED)) {
            throw new ApiException(ErrorCode.USER_ALREADY_BOUND);
        }
        Business released = heldByMe ? null : holder;
        Business claim = claim(userId, uscc, county, entry, request, now);
        try {
            tx.executeWithoutResult(status -> save(claim, mine, released));
        } catch (DuplicateKeyException e) {
            return afterLostRace(userId, uscc);
        }
        if (released != null) {
            log.info("rejected claim {} of user {} released", released.getId(), released.getOwnerUserId());
        }
        log.info("business {} bound by user {}: {}", claim.getId(), userId, claim.getStatus());
        return new Outcome(claim.getId(), BusinessStatus.valueOf(claim.getStatus()), true);
    }

    /**
     * The registry's county when it holds the code, else the code's own ({@link BusinessCounty}), else the owner's
     * choice among several served counties (the only served county when there is one).
     */
    private String countyOf(String uscc, RegistryEntry entry, BindRequest r) {
        if (entry != null && entry.getCounty() != null) {
            return entry.getCounty();
        }
        String derived = BusinessCounty.fromUscc(uscc, counties);
        if (derived != null) {
            return derived;
        }
        if (r.county() != null) {
            if (!counties.isServed(r.county())) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, "county 取值无效：" + r.county());
            }
            return r.county();
        }
        if (counties.single() != null) {
            return counties.single();
        }
        throw new ApiException(ErrorCode.COUNTY_REQUIRED, "无法从统一社会信用代码确定所在区县（旗），请选择 county");
    }

    private void checkCodes(BindRequest r, String county, LocalDateTime now) {
        dictionaries.require(Dictionaries.BUSINESS_KINDS, "kind", List.of(r.kind()));
        dictionaries.require(Dictionaries.INDUSTRIES, "industry", List.of(r.industry()));
        dictionaries.require(Dictionaries.TOWNSHIPS, county, "township", List.of(r.township()));
        if (r.taxpayerType() != null) {
            dictionaries.require(Dictionaries.TAXPAYER_TYPES, "taxpayerType", List.of(r.taxpayerType()));
        }
        if (r.registeredOn() != null && r.registeredOn().isAfter(now.toLocalDate())) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "registeredOn 成立日期不能晚于今天");
        }
    }

    /** The new row: verified at once, with the registry's facts, when the registry has this code and name. */
    private Business claim(long userId, String uscc, String county, RegistryEntry entry, BindRequest r,
                           LocalDateTime now) {
        boolean matches = entry != null && BusinessName.same(entry.getName(), r.name());
        Business b = new Business();
        b.setUscc(uscc);
        b.setCounty(county);
        b.setName(r.name().strip());
        b.setOperatorName(r.operatorName().strip());
        b.setKind(matches ? entry.getKind() : r.kind());
        b.setIndustry(matches ? or(entry.getIndustry(), r.industry()) : r.industry());
        b.setTownship(matches ? or(entry.getTownship(), r.township()) : r.township());
        b.setRegisteredOn(matches ? or(entry.getRegisteredOn(), r.registeredOn()) : r.registeredOn());
        b.setTaxpayerType(matches ? or(entry.getTaxpayerType(), r.taxpayerType()) : r.taxpayerType());
        b.setStatus((matches ? BusinessStatus.VERIFIED : BusinessStatus.PENDING).name());
        if (matches) {
            b.setReviewedAt(now);
            b.setReviewNote(BusinessTransition.REGISTRY_NOTE);
        }
        b.setOwnerUserId(userId);
        b.setCreatedAt(now);
        b.setUpdatedAt(now);
        return b;
    }

    private void save(Business claim, Business mine, Business released) {
        if (released != null) {
            businesses.release(released.getId());
        }
        if (mine == null) {
            businesses.insert(claim);
            return;
        }
        if (!businesses.rebind(mine.getId(), claim)) {
            throw new ApiException(ErrorCode.BUSINESS_STATE_CONFLICT, "您的绑定申请状态已变化，请刷新后重试");
        }
        businesses.clearTags(mine.getId());
        claim.setId(mine.getId());
    }

    /** A unique key refused the row: someone (maybe this owner, in a parallel request) bound first. */
    private Outcome afterLostRace(long userId, String uscc) {
        Business holder = businesses.findByUscc(uscc);
        log.info("user {} lost a parallel bind to business {}", userId, holder == null ? null : holder.getId());
        if (holder != null && holder.getOwnerUserId() == userId) {
            return new Outcome(holder.getId(), BusinessStatus.valueOf(holder.getStatus()), false);
        }
        if (holder != null) {
            throw new ApiException(ErrorCode.BUSINESS_ALREADY_BOUND);
        }
        throw new ApiException(ErrorCode.USER_ALREADY_BOUND);
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
