package cn.dengkou.bizservice.wechat.sim;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WeChat's subscribe-message field rules, written independently of the app's TemplateData so that
 * the simulator catches values the app gets wrong.
 */
public final class SimFieldRules {

    private static final Pattern FIELD = Pattern.compile("([a-z_]+?)\\d+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final DateTimeFormatter[] TIMES = {strict("uuuu年M月d日 H:mm"), strict("H:mm")};
    private static final DateTimeFormatter[] DATES = {strict("uuuu年M月d日"), strict("uuuu年M月d日 H:mm")};

    private SimFieldRules() {
    }

    /** Why {@code value} is not acceptable for {@code field}, or {@code null} when it is. */
    public static String problem(String field, String value) {
        Matcher m = FIELD.matcher(field);
        if (!m.matches()) {
            return "unknown field type";
        }
        if (value == null || value.isEmpty()) {
            return "empty value";
        }
        if (CONTROL.matcher(value).find()) {
            return "control character";
        }
        int chars = value.codePointCount(0, value.length());
        boolean ok = switch (m.group(1)) {
            case "thing" -> chars <= 20;
            case "name" -> chars <= (value.chars().allMatch(c -> c < 128) ? 20 : 10);
            case "phrase" -> chars <= 5 && value.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            case "character_string" -> chars <= 32 && value.matches("[\\x21-\\x7E]+");
            case "letter" -> chars <= 32 && value.matches("[A-Za-z]+");
            case "number" -> chars <= 32 && value.matches("\\d+(\\.\\d+)?");
            case "amount" -> value.matches("[¥￥$€£]?\\d{1,10}(\\.\\d{1,2})?元?");
            case "phone_number" -> value.matches("[0-9+()\\- ]{1,17}");
            case "time" -> range(value, TIMES);
            case "date" -> range(value, DATES);
            default -> false;
        };
        return ok ? null : "exceeds limit or wrong format for " + m.group(1);
    }

    private static boolean range(String value, DateTimeFormatter[] formats) {
        String[] parts = value.split("~", -1);
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

    private static boolean parses(String s, DateTimeFormatter[] formats) {
        for (DateTimeFormatter f : formats) {
            try {
                f.parse(s);
                return true;
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        return false;
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
