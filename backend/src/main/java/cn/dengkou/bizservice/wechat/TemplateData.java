package cn.dengkou.bizservice.wechat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subscribe-message values that WeChat accepts. The rule comes from the field name's prefix
 * ({@code thing1} → thing). Text types are cleaned and cut deliberately; formatted types
 * (number, amount, phone_number, time, date) are checked and rejected, because cutting them
 * would change their meaning. Any value this class returns is valid: one it cannot make valid
 * throws {@link IllegalArgumentException} naming the field.
 *
 * <pre>{@code
 * Map<String, String> data = new TemplateData()
 *         .put("thing1", notice.title())
 *         .put("time2", notice.publishedAt())
 *         .toMap();
 * }</pre>
 */
public final class TemplateData {

    static final String ELLIPSIS = "…";

    private static final Pattern FIELD = Pattern.compile("([a-z_]+?)(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern AMOUNT = Pattern.compile("[¥￥$€£]?\\d{1,10}(\\.\\d{1,2})?元?");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{1,17}");
    private static final DateTimeFormatter TIME_OUT = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm");
    private static final DateTimeFormatter DATE_OUT = DateTimeFormatter.ofPattern("yyyy年MM月dd日");
    private static final DateTimeFormatter DATE_TIME_IN = strict("uuuu年M月d日 H:mm");
    private static final DateTimeFormatter DATE_IN = strict("uuuu年M月d日");
    private static final DateTimeFormatter CLOCK_IN = strict("H:mm");

    private final Map<String, String> values = new LinkedHashMap<>();

    /** Adds a value after applying the field's rules. */
    public TemplateData put(String field, String value) {
        values.put(field, value(field, value));
        return this;
    }

    /** For time fields ({@code yyyy年MM月dd日 HH:mm}) and date fields ({@code yyyy年MM月dd日}). */
    public TemplateData put(String field, LocalDateTime time) {
        String type = type(field);
        if (time == null || !type.equals("time") && !type.equals("date")) {
            throw invalid(field, "needs a time or date field and a non-null time");
        }
        values.put(field, (type.equals("time") ? TIME_OUT : DATE_OUT).format(time));
        return this;
    }

    /** For date fields. */
    public TemplateData put(String field, LocalDate date) {
        if (date == null || !type(field).equals("date")) {
            throw invalid(field, "needs a date field and a non-null date");
        }
        values.put(field, DATE_OUT.format(date));
        return this;
    }

    /** For number fields. */
    public TemplateData put(String field, long number) {
        return put(field, Long.toString(number));
    }

    /** The values in insertion order, ready for {@link WechatClient#sendSubscribe}. */
    public Map<String, String> toMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Applies the rules to every entry; values already made by this class pass unchanged. */
    public static Map<String, String> normalize(Map<String, String> data) {
        if (data == null || data.isEmpty()) {
            throw new IllegalArgumentException("a subscribe message needs at least one field");
        }
        Map<String, String> out = new LinkedHashMap<>();
        data.forEach((field, raw) -> out.put(field, value(field, raw)));
        return out;
    }

    /** The value WeChat accepts for {@code field}, made from {@code raw}. */
    public static String value(String field, String raw) {
        String type = type(field);
        if (raw == null) {
            throw invalid(field, "is null");
        }
        String clean = clean(raw);
        String out = switch (type) {
            case "thing" -> cut(clean, 20, ELLIPSIS);
            case "name" -> cut(clean, clean.chars().allMatch(c -> c < 128) ? 20 : 10, "");
            case "phrase" -> cut(keep(clean, "\\p{IsHan}"), 5, "");
            case "character_string" -> cut(keep(clean, "[\\x21-\\x7E]"), 32, "");
            case "letter" -> cut(keep(clean, "[A-Za-z]"), 32, "");
            case "number" -> check(field, clean, NUMBER.matcher(clean).matches() && clean.length() <= 32);
            case "amount" -> check(field, clean, AMOUNT.matcher(clean).matches());
            case "phone_number" -> check(field, clean, PHONE.matcher(clean).matches());
            case "time" -> check(field, clean, isTime(clean));
            case "date" -> check(field, clean, isDate(clean));
            default -> throw invalid(field, "has an unsupported type '" + type + "'");
        };
        if (out.isEmpty()) {
            throw invalid(field, "has no character WeChat accepts for " + type);
        }
        return out;
    }

    /** {@code thing12} → {@code thing}; {@code character_string3} → {@code character_string}. */
    static String type(String field) {
        Matcher m = field == null ? null : FIELD.matcher(field);
        if (m == null || !m.matches()) {
            throw invalid(field, "is not a WeChat field name like thing1");
        }
        return m.group(1);
    }

    /**
     * Line breaks and other separators become one space; control, format, private-use and
     * unpaired surrogate characters and anything outside the BMP (emoji, which WeChat may
     * answer with 47003) are dropped.
     */
    static String clean(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                sb.append(' ');
            } else if (type != Character.CONTROL && type != Character.FORMAT && type != Character.PRIVATE_USE
                    && type != Character.SURROGATE && type != Character.UNASSIGNED && Character.isBmpCodePoint(cp)) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString().replaceAll(" {2,}", " ").trim();
    }

    private static String keep(String s, String allowed) {
        return s.replaceAll("(?!" + allowed + ").", "");
    }

    /** At most {@code limit} characters; a cut text ends with {@code mark}, which counts. */
    private static String cut(String s, int limit, String mark) {
        if (s.length() <= limit) {
            return s;
        }
        return s.substring(0, limit - mark.length()).trim() + mark;
    }

    private static String check(String field, String value, boolean ok) {
        if (!ok) {
            throw invalid(field, "is not in WeChat's format");
        }
        return value;
    }

    /** {@code 2026年11月26日 09:00}, {@code 09:00}, or a range of two joined by {@code ~}. */
    private static boolean isTime(String s) {
        return range(s, DATE_TIME_IN, CLOCK_IN);
    }

    /** {@code 2026年11月26日} (a time may follow), or a range of two joined by {@code ~}. */
    private static boolean isDate(String s) {
        return range(s, DATE_IN, DATE_TIME_IN);
    }

    private static boolean range(String s, DateTimeFormatter... formats) {
        String[] parts = s.split("~", -1);
        if (parts.length > 2) {
            return false;
        }
        for (String part : parts) {
            if (!parses(part.trim(), formats)) {
                return false;
            }
        }
        return true;
    }

    private static boolean parses(String s, DateTimeFormatter... formats) {
        for (DateTimeFormatter f : formats) {
            try {
                f.parse(s);
                return true;
            } catch (DateTimeParseException ignored) {
                // try the next accepted format
            }
        }
        return false;
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    private static IllegalArgumentException invalid(String field, String why) {
        return new IllegalArgumentException("subscribe field " + field + " " + why);
    }
}
