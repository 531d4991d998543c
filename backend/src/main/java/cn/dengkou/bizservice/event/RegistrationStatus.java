package cn.dengkou.bizservice.event;

/** A registration holds a seat (CONFIRMED), waits for one (WAITLISTED), or was given up (CANCELLED). */
enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
