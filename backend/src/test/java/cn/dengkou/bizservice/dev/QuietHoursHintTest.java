package cn.dengkou.bizservice.dev;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursHintTest {

    @Test
    void atNightTheDevModeSaysThatNonUrgentPushesAreHeldAndHowToSendNow() {
        assertThat(QuietHoursHint.message("21:00-08:00", LocalDateTime.of(2026, 11, 26, 23, 15)))
                .startsWith("quiet hours 21:00-08:00 are in effect: non-urgent pushes are held until 08:00; "
                        + "publish with urgent=true to send now");
        assertThat(QuietHoursHint.message("21:00-08:00", LocalDateTime.of(2026, 11, 27, 7, 59)))
                .contains("are in effect");
    }

    @Test
    void byDayOrWhenOffItSaysNothingIsHeldNow() {
        assertThat(QuietHoursHint.message("21:00-08:00", LocalDateTime.of(2026, 11, 26, 10, 0)))
                .doesNotContain("in effect").contains("21:00-08:00");
        assertThat(QuietHoursHint.message("", LocalDateTime.of(2026, 11, 26, 23, 0)))
                .isEqualTo("quiet hours are off: pushes go out at once");
    }
}
