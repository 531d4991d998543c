package cn.dengkou.bizservice.feedback;

/** Where a ticket came from. */
enum TicketSource {
    /** The owner submitted it in the mini program. */
    OWNER,
    /** Staff recorded it on a visit, on the business's behalf. */
    VISIT
}
