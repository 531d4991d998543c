package cn.dengkou.bizservice.common;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written API time format is the JDK's ISO_OFFSET_DATE_TIME in Asia/Shanghai, value for value. */
class TimeConfigTest {

    private static String jdk(LocalDateTime t) {
        return t.atZone(TimeConfig.ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @Test
    void writesWhatTheIsoFormatterWrites() {
        List<LocalDateTime> values = new ArrayList<>(List.of(
                LocalDateTime.of(2026, 11, 26, 9, 0),                 // no seconds: still printed
                LocalDateTime.of(2026, 1, 1, 0, 0, 0, 1),             // one nanosecond
                LocalDateTime.of(2026, 1, 1, 0, 0, 0, 120_000_000),   // trailing zeros dropped
                LocalDateTime.of(2026, 12, 31, 23, 59, 59, 999_999_999),
                LocalDateTime.of(1986, 5, 4, 2, 30),                  // in a 1986 daylight-saving gap
                LocalDateTime.of(1986, 9, 14, 1, 30),                 // in the overlap after it
                LocalDateTime.of(1900, 1, 1, 0, 0),                   // local mean time, +08:05:43
                LocalDateTime.of(1, 1, 1, 0, 0),
                LocalDateTime.of(9999, 12, 31, 23, 59, 59),
                LocalDateTime.of(10_000, 1, 1, 0, 0),
                LocalDateTime.of(-5, 1, 1, 0, 0)));
        Random random = new Random(26);
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime t = LocalDateTime.of(1850 + random.nextInt(300), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60));
            int nanos = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            values.add(t.withNano(nanos));
        }
        for (LocalDateTime t : values) {
            assertThat(TimeConfig.format(t)).as(t.toString()).isEqualTo(jdk(t));
        }
        assertThat(TimeConfig.format(LocalDateTime.of(2026, 11, 26, 9, 0))).isEqualTo("2026-11-26T09:00:00+08:00");
    }
}
