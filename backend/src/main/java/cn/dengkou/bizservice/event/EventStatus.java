package cn.dengkou.bizservice.event;

/** DRAFT (staff only) → PUBLISHED (listed, open for registration in its window) → CANCELLED. */
enum EventStatus {
    DRAFT, PUBLISHED, CANCELLED
}
