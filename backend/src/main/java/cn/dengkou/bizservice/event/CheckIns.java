package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PhoneNumbers;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Staff check people in at the door: by the signed code on their phone, by picking them from a phone-number search
 * (masked), or as walk-ins without a registration. A registration is checked in once (a conditional UPDATE).
 */
@Service
class CheckIns {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    private final EventMapper events;
    private final RegistrationMapper registrations;
    private final CheckInCodes codes;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    CheckIns(EventMapper events, RegistrationMapper registrations, CheckInCodes codes, AuditTrail audit,
             TransactionTemplate tx, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.codes = codes;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** {@code checkInCode} (scanned or typed), or {@code registrationId} picked from a phone search. */
    record CheckInRequest(@Schema(nullable = true) @Size(max = 40, message = "签到码格式不正确") String checkInCode,
                          @Schema(nullable = true) Long registrationId) {
    }

    record WalkInRequest(@NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50字") String name,
                         @Schema(nullable = true, example = "13800001234") @Pattern(regexp = "1\\d{10}", message = "手机号格式不正确") String phone,
                         @Schema(nullable = true) @Size(max = 200, message = "经营主体名称不能超过200字") String businessName) {
    }

    /** Who came, so staff can greet them; the phone masked. */
    @Schema(name = "EventAttendee")
    record Attendee(long registrationId, String status, @Schema(nullable = true) String name,
                    @Schema(nullable = true) String businessName, @Schema(nullable = true) String phone, boolean walkIn,
                    @Schema(nullable = true) LocalDateTime checkedInAt) {

        static Attendee of(Registration r) {
            return new Attendee(r.getId(), r.getStatus(), r.getName(), r.getBusinessName(), PhoneNumbers.mask(r.getPhone()),
                    Boolean.TRUE.equals(r.getWalkIn()), r.getCheckedInAt());
        }
    }

    Attendee checkIn(long eventId, CheckInRequest request, AuthUser staff) {
        Event e = EventAccess.manageable(events, eventId, staff);
        boolean byCode = request.checkInCode() != null && !request.checkInCode().isBlank();
        if (byCode == (request.registrationId() != null)) {
            throw ApiException.invalidFields(Map.of("checkInCode", "请提供签到码或报名编号之一"));
        }
        Registration r = byCode ? verified(eventId, request.checkInCode()) : registrations.selectById(request.registrationId());
        if (r == null || r.getEventId() != eventId) {
            throw new ApiException(ErrorCode.REGISTRATION_NOT_FOUND);
        }
        if (!RegistrationStatus.CONFIRMED.name().equals(r.getStatus())) {
            throw new ApiException(ErrorCode.CHECK_IN_CODE_INVALID, RegistrationStatus.WAITLISTED.name().equals(r.getStatus())
                    ? "该报名仍在候补中，未获得正式名额" : "该报名已取消");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        tx.executeWithoutResult(s -> {
            if (!registrations.checkIn(r.getId(), eventId, staff.id(), now)) {
                Registration current = registrations.selectById(r.getId());
                throw new ApiException(ErrorCode.ALREADY_CHECKED_IN, current.getCheckedInAt() == null
                        ? "该报名已取消，不能签到" : "该报名已于 " + SHOWN.format(current.getCheckedInAt()) + " 签到，签到码不能重复使用");
            }
            audit.record(Event.KIND, eventId, e.getCounty(), staff.id(), EventAuthoring.Action.CHECK_IN,
                    Map.of("registrationId", r.getId(), "by", byCode ? "code" : "search"), now);
        });
        return Attendee.of(registrations.selectById(r.getId()));
    }

    /** The registration a code names, when the code is this event's and genuine; 400 otherwise. */
    private Registration verified(long eventId, String code) {
        CheckInCodes.Parsed p = CheckInCodes.parse(code);
        Registration r = p == null ? null : registrations.selectById(p.registrationId());
        if (r == null) {
            throw new ApiException(ErrorCode.CHECK_IN_CODE_INVALID);
        }
        if (codes.verifies(p, eventId) && r.getEventId() == eventId) {
            return r;
        }
        if (r.getEventId() != eventId && codes.verifies(p, r.getEventId())) {
            throw new ApiException(ErrorCode.CHECK_IN_CODE_WRONG_EVENT);
        }
        throw new ApiException(ErrorCode.CHECK_IN_CODE_INVALID);
    }

    /** Registrations whose phone ends with these digits (at least 4), masked, for staff to pick. */
    List<Attendee> searchByPhone(long eventId, String digits, AuthUser staff) {
        EventAccess.manageable(events, eventId, staff);
        if (digits == null || !digits.strip().matches("\\d{4,11}")) {
            throw ApiException.invalidFields(Map.of("phone", "请输入手机号的后4位或更多位数字"));
        }
        return registrations.byPhoneEnding(eventId, digits.strip()).stream().map(Attendee::of).toList();
    }

    /** Someone who came without registering: recorded (and checked in), never taking a registered seat. */
    Attendee walkIn(long eventId, WalkInRequest request, AuthUser staff) {
        Event e = EventAccess.manageable(events, eventId, staff);
        if (!EventStatus.PUBLISHED.name().equals(e.getStatus())) {
            throw EventAuthoring.stateConflict(e, "只有已发布的活动可以登记现场参加人员");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Registration r = new Registration();
        r.setEventId(eventId);
        r.setCounty(e.getCounty());
        r.setStatus(RegistrationStatus.CONFIRMED.name());
        r.setName(request.name().strip());
        r.setPhone(request.phone());
        r.setBusinessName(request.businessName());
        r.setWalkIn(true);
        r.setCheckedInAt(now);
        r.setCheckedInBy(staff.id());
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        tx.executeWithoutResult(s -> {
            registrations.insert(r);
            audit.record(Event.KIND, eventId, e.getCounty(), staff.id(), EventAuthoring.Action.WALK_IN,
                    Map.of("registrationId", r.getId()), now);
        });
        return Attendee.of(r);
    }
}
