package cn.dengkou.bizservice.business;

/** Where an owner's claim on a business stands. How it moves is listed in {@link BusinessTransition}. */
enum BusinessStatus {
    /** Claimed by the owner, not yet matched to the registry or reviewed by staff. */
    PENDING("待核验"),
    /** Matched to the registry extract or confirmed by staff. */
    VERIFIED("已核验"),
    /** Refused by staff; the owner may bind again, and the code is free for its real owner. */
    REJECTED("已驳回");

    final String label;

    BusinessStatus(String label) {
        this.label = label;
    }
}
