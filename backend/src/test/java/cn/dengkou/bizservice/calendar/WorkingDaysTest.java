package cn.dengkou.bizservice.calendar;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Working days over the seeded 2026 calendar (V21): National Day with its make-up days, Spring Festival; ADMIN edits. */
@IntegrationTest
class WorkingDaysTest {

    private static final String CALENDAR = "/api/v1/admin/working-calendar";

    @Autowired
    WorkingDays days;
    @Autowired
    Api api;
    @Autowired
    TestUsers users;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void nationalDayAndItsMakeUpDays() {
        assertThat(days.isWorkingDay(d("2026-09-20"))).as("Sunday 9-20 is worked").isTrue();
        assertThat(days.isWorkingDay(d("2026-10-10"))).as("Saturday 10-10 is worked").isTrue();
        assertThat(days.isWorkingDay(d("2026-10-01"))).isFalse();
        assertThat(days.isWorkingDay(d("2026-10-07"))).isFalse();
        assertThat(days.isWorkingDay(d("2026-09-25"))).as("中秋 Friday").isFalse();
        // submitted Wednesday 9-30: 10-1..10-7 rest; 10-8 Thu, 10-9 Fri, 10-10 Sat (make-up) are the three days
        assertThat(days.plusWorkingDays(d("2026-09-30"), 3)).isEqualTo(d("2026-10-10"));
        assertThat(days.plusWorkingDays(d("2026-09-30"), 4)).isEqualTo(d("2026-10-12"));
        // submitted Friday 9-18: Saturday rests, Sunday 9-20 works
        assertThat(days.plusWorkingDays(d("2026-09-18"), 1)).isEqualTo(d("2026-09-20"));
        assertThat(days.plusWorkingDays(d("2026-09-18"), 3)).isEqualTo(d("2026-09-22"));
        // 15 working days from 9-21 run over 中秋 and 国庆: 9-22..24 (3), 9-28..30 (6), 10-8..10 (9), 10-12..16 (14), 10-19
        assertThat(days.plusWorkingDays(d("2026-09-21"), 15)).isEqualTo(d("2026-10-19"));
        assertThat(days.workingDaysBetween(d("2026-09-30"), d("2026-10-10"))).isEqualTo(3);
        assertThat(days.previousWorkingDay(d("2026-10-08"))).isEqualTo(d("2026-09-30"));
        assertThat(days.previousWorkingDay(d("2026-10-12"))).isEqualTo(d("2026-10-10"));
    }

    @Test
    void springFestival() {
        assertThat(days.isWorkingDay(d("2026-02-14"))).as("Saturday 2-14 is worked").isTrue();
        assertThat(days.isWorkingDay(d("2026-02-28"))).as("Saturday 2-28 is worked").isTrue();
        // submitted Friday 2-13: 2-14 (make-up), then 2-15..2-23 rest, 2-24 and 2-25
        assertThat(days.plusWorkingDays(d("2026-02-13"), 3)).isEqualTo(d("2026-02-25"));
        // 2-14, 2-24, 2-25, 2-26, 2-27 and the make-up Saturday 2-28
        assertThat(days.workingDaysBetween(d("2026-02-13"), d("2026-02-28"))).isEqualTo(6);
    }

    @Test
    void adminEditsTheCalendarAndOthersMayOnlyRead() {
        String admin = users.adminToken();
        LocalDate day = d("2031-05-06"); // a Tuesday far from the seeded year
        assertThat(days.isWorkingDay(day)).isTrue();
        Api.Response put = api.put(CALENDAR + "/2031-05-06", admin, Map.of("kind", "HOLIDAY", "name", "测试假日"));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(days.isWorkingDay(day)).isFalse();
        assertThat(api.get(CALENDAR + "?year=2031", users.staffToken(Role.ASSOCIATION)).json().get(0).get("name").asText())
                .isEqualTo("测试假日");
        assertThat(api.put(CALENDAR + "/2031-05-07", users.staffToken(Role.ASSOCIATION),
                Map.of("kind", "HOLIDAY", "name", "不行")).status()).isEqualTo(403);
        assertThat(api.put(CALENDAR + "/2031-13-07", admin, Map.of("kind", "HOLIDAY", "name", "坏日期")).status()).isEqualTo(400);
        assertThat(api.put(CALENDAR + "/2031-05-07", admin, Map.of("kind", "NEITHER", "name", "坏类型")).status()).isEqualTo(400);
        assertThat(api.get(CALENDAR, admin).status()).as("year is required").isEqualTo(400);
        assertThat(api.delete(CALENDAR + "/2031-05-06", admin).status()).isEqualTo(204);
        assertThat(days.isWorkingDay(day)).isTrue();
        assertThat(api.get(CALENDAR + "?year=2026", users.newOwnerToken()).status()).isEqualTo(403);
        assertThat(api.get(CALENDAR + "?year=2026", admin).json()).hasSize(39);
    }
}
