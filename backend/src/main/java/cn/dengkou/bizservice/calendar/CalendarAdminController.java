package cn.dengkou.bizservice.calendar;

import cn.dengkou.bizservice.common.Access;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The holiday calendar behind every working-day deadline: staff read it, ADMIN keeps it. */
@RestController
@Tag(name = "后台·工作日历", description = "法定节假日与调休上班日，工作日时限（诉求办理时限等）据此计算")
@RequestMapping("/api/v1/admin/working-calendar")
class CalendarAdminController {

    /** {@code ?year=} (required): 2000..2100. */
    record YearQuery(@NotNull(message = "不能为空") @Min(2000) @Max(2100) Integer year) {
    }

    /** A listed day; {@code working}: whether it is a working day. */
    record CalendarDayView(LocalDate day, DayKind kind, String name, boolean working) {
        static CalendarDayView of(CalendarDay d) {
            DayKind k = DayKind.valueOf(d.getKind());
            return new CalendarDayView(d.getCalDay(), k, d.getName(), k == DayKind.WORKDAY);
        }
    }

    record CalendarDayRequest(@NotNull(message = "不能为空") DayKind kind,
                      @NotBlank(message = "不能为空") @Size(max = 40, message = "不能超过40个字") String name) {
    }

    private final CalendarDayMapper days;
    private final WorkingDays workingDays;

    CalendarAdminController(CalendarDayMapper days, WorkingDays workingDays) {
        this.days = days;
        this.workingDays = workingDays;
    }

    /** The listed days of a year (holidays and make-up working days); any other day follows the week. */
    @GetMapping
    @PreAuthorize(Access.ANY_STAFF)
    List<CalendarDayView> list(@Valid YearQuery query) {
        return days.between(LocalDate.of(query.year(), 1, 1), LocalDate.of(query.year(), 12, 31)).stream()
                .map(CalendarDayView::of).toList();
    }

    /** Lists a day as a holiday or a make-up working day (replacing what it was). */
    @PutMapping("/{day}")
    @PreAuthorize(Access.ADMIN)
    @Transactional
    CalendarDayView put(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                @Valid @RequestBody CalendarDayRequest request) {
        CalendarDay d = new CalendarDay();
        d.setCalDay(day);
        d.setKind(request.kind().name());
        d.setName(request.name().strip());
        if (days.updateById(d) == 0) {
            days.insert(d);
        }
        workingDays.reload();
        return CalendarDayView.of(d);
    }

    /** The day follows the week again. */
    @DeleteMapping("/{day}")
    @PreAuthorize(Access.ADMIN)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        days.deleteById(day);
        workingDays.reload();
    }
}
