package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.ErrorCode;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The time rules of an event: its registration window, and the order of its times. */
final class EventRules {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private EventRules() {
    }

    /** The event when owners and guests may see it (published, or cancelled: registrants still see it), else 404. */
    static Event listed(Event e) {
        if (e == null || EventStatus.DRAFT.name().equals(e.getStatus())) {
            throw new ApiException(ErrorCode.EVENT_NOT_FOUND);
        }
        return e;
    }

    /** Published, registration opened (or no opening time) and the deadline not passed. */
    static boolean isOpen(Event e, LocalDateTime now) {
        return EventStatus.PUBLISHED.name().equals(e.getStatus())
                && (e.getRegistrationOpensAt() == null || !now.isBefore(e.getRegistrationOpensAt()))
                && now.isBefore(e.getRegistrationDeadline());
    }

    /** 409 REGISTRATION_CLOSED saying why, unless registering is possible now. */
    static void requireOpen(Event e, LocalDateTime now) {
        if (EventStatus.CANCELLED.name().equals(e.getStatus())) {
            throw new ApiException(ErrorCode.REGISTRATION_CLOSED, "活动已取消，不能报名");
        }
        if (e.getRegistrationOpensAt() != null && now.isBefore(e.getRegistrationOpensAt())) {
            throw new ApiException(ErrorCode.REGISTRATION_CLOSED,
                    "报名尚未开始，" + SHOWN.format(e.getRegistrationOpensAt()) + " 开放报名");
        }
        if (!now.isBefore(e.getRegistrationDeadline())) {
            throw new ApiException(ErrorCode.REGISTRATION_CLOSED, "报名已于 " + SHOWN.format(e.getRegistrationDeadline()) + " 截止");
        }
    }

    /** Field errors for times out of order. */
    static Map<String, String> timeErrors(EventRequest r) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!r.endAt().isAfter(r.startAt())) {
            errors.put("endAt", "结束时间须晚于开始时间");
        }
        if (r.registrationDeadline().isAfter(r.endAt())) {
            errors.put("registrationDeadline", "报名截止时间不能晚于活动结束时间");
        }
        if (r.registrationOpensAt() != null && !r.registrationOpensAt().isBefore(r.registrationDeadline())) {
            errors.put("registrationOpensAt", "报名开始时间须早于报名截止时间");
        }
        return errors;
    }
}
