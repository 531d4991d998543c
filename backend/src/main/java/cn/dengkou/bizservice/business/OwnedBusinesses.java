package cn.dengkou.bizservice.business;

import org.springframework.stereotype.Component;

/** What other features ask about an owner's business. */
@Component
public class OwnedBusinesses {

    private final BusinessMapper businesses;

    OwnedBusinesses(BusinessMapper businesses) {
        this.businesses = businesses;
    }

    /** The owner's bound business, or null when they have none. */
    public BusinessView findForOwner(long userId) {
        Business b = businesses.findByOwner(userId);
        return b == null ? null : BusinessView.of(b, businesses.tagsOf(b.getId()));
    }

    /** A business by id (any status) for staff features (visits), or null when there is none. */
    public BusinessView find(long businessId) {
        Business b = businesses.selectById(businessId);
        return b == null ? null : BusinessView.of(b, businesses.tagsOf(b.getId()));
    }

    /** The user the business is bound to (a business row exists only while bound), or null when there is none. */
    public Long ownerOf(long businessId) {
        Business b = businesses.selectById(businessId);
        return b == null ? null : b.getOwnerUserId();
    }

    /** The county of the owner's bound business (any status), or null when they have none: an owner's county. */
    public String countyOf(long userId) {
        Business b = businesses.findByOwner(userId);
        return b == null ? null : b.getCounty();
    }
}
