package cn.dengkou.bizservice.feedback;

/**
 * What the shared audit trail records of visits ({@link Visit#KIND}), consultations ({@link Consultation#KIND}),
 * opinions ({@link Opinion#KIND}) and category settings ({@link FeedbackCategory#KIND}); tickets have
 * {@link TicketAuditTrail}.
 */
enum FeedbackAuditAction {
    RECORD, OPEN, SUBMIT, ADOPT, NOTE, UPDATE
}
