package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.StatusMove;

import java.util.Set;

import static cn.dengkou.bizservice.business.BusinessStatus.PENDING;
import static cn.dengkou.bizservice.business.BusinessStatus.REJECTED;
import static cn.dengkou.bizservice.business.BusinessStatus.VERIFIED;

/**
 * Every allowed status change of a bound business. Each database update is conditional on
 * {@link #from} ({@code … WHERE id = ? AND status IN (…)}), so two racing requests cannot both win.
 */
enum BusinessTransition implements StatusMove<BusinessStatus> {
    /** Staff confirm the claim. */
    VERIFY(PENDING, VERIFIED),
    /** Staff refuse the claim. */
    REJECT(PENDING, REJECTED),
    /** A registry import now holds the same code and name. */
    REGISTRY_MATCH(PENDING, VERIFIED),
    /** The owner of a rejected claim binds again; the new claim waits for review. */
    REBIND_PENDING(REJECTED, PENDING),
    /** The owner of a rejected claim binds again and the registry confirms it at once. */
    REBIND_VERIFIED(REJECTED, VERIFIED),
    /** Someone else binds the code of a rejected claim: the rejected row goes away. */
    RELEASE(REJECTED, null);

    /** The review note of a claim the registry confirmed. */
    static final String REGISTRY_NOTE = "与登记信息一致，自动核验";

    private final Set<BusinessStatus> from;
    /** The status afterwards; null when the row is deleted. */
    private final BusinessStatus to;

    BusinessTransition(BusinessStatus from, BusinessStatus to) {
        this.from = Set.of(from);
        this.to = to;
    }

    @Override
    public Set<BusinessStatus> from() {
        return from;
    }

    @Override
    public BusinessStatus to() {
        return to;
    }

    static BusinessTransition rebind(BusinessStatus to) {
        return to == VERIFIED ? REBIND_VERIFIED : REBIND_PENDING;
    }
}
