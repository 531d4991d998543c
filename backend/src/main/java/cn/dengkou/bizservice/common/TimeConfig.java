package cn.dengkou.bizservice.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Time in one place. The county lives in Asia/Shanghai: the database stores wall-clock
 * {@link LocalDateTime} in that zone and the API speaks ISO-8601 with offset.
 */
@Configuration
public class TimeConfig {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer offsetTimes() {
        return builder -> builder
                .serializerByType(LocalDateTime.class, new JsonSerializer<LocalDateTime>() {
                    @Override
                    public void serialize(LocalDateTime value, JsonGenerator gen, SerializerProvider sp) throws IOException {
                        gen.writeString(format(value));
                    }
                })
                .deserializerByType(LocalDateTime.class, new JsonDeserializer<LocalDateTime>() {
                    @Override
                    public LocalDateTime deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                        return parse(p.getValueAsString());
                    }
                });
    }

    /**
     * {@code value} in Asia/Shanghai as ISO-8601 with offset, exactly as
     * {@code value.atZone(ZONE).format(ISO_OFFSET_DATE_TIME)} writes it ({@code 2026-11-26T09:00:00+08:00},
     * a fraction only when there are nanos, trailing zeros dropped). Written by hand because every
     * listed notice carries three of these and the formatter allocated more per request than anything
     * else on the notice-list benchmark; {@code TimeConfigTest} compares the two on many values.
     */
    public static String format(LocalDateTime value) {
        int year = value.getYear();
        List<ZoneOffset> offsets = ZONE.getRules().getValidOffsets(value);
        if (year < 0 || year > 9999 || offsets.size() != 1) {
            // far years, and local times in a daylight-saving gap or overlap (Shanghai had some until 1991)
            return value.atZone(ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        StringBuilder b = new StringBuilder(35);
        pad(b, year, 4).append('-');
        pad(b, value.getMonthValue(), 2).append('-');
        pad(b, value.getDayOfMonth(), 2).append('T');
        pad(b, value.getHour(), 2).append(':');
        pad(b, value.getMinute(), 2).append(':');
        pad(b, value.getSecond(), 2);
        int nano = value.getNano();
        if (nano != 0) {
            int digits = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                digits--;
            }
            b.append('.');
            pad(b, nano, digits);
        }
        return b.append(offsets.get(0).getId()).toString();
    }

    private static StringBuilder pad(StringBuilder b, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits);
    }

    /** Accepts {@code 2026-11-26T09:00:00+08:00} (any offset) or a local time taken as Asia/Shanghai. */
    public static LocalDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(ZONE).toLocalDateTime();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text);
        }
    }
}
