package cn.dengkou.bizservice.job;

/** What the audit trail records of a job ({@code kind job}) and of an import run ({@code kind job-import}). */
enum JobAuditAction {
    CREATE, UPDATE, CLOSE, FILL, EXPIRE, REOPEN, REVEAL_CONTACT, IMPORT, CLOSE_MISSING
}
