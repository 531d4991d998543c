package cn.dengkou.bizservice.feedback;

/** What the shared audit trail records of a ticket (kind {@link Ticket#KIND}). */
enum TicketAuditTrail {
    SUBMIT, ASSIGN, TRANSFER, REPLY, NOTE, RESOLVE, REOPEN, RATE, AUTO_CLOSE, VIEW_CONTACT,
    REMIND, EXTENSION_REQUEST, EXTENSION_GRANT, EXTENSION_REFUSE, OVERDUE_DIGEST
}
