package cn.dengkou.bizservice.business;

import java.util.Locale;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 0-9 and the
 * upper-case letters without I, O, Z, S, V; the last one is a check character over the first 17.
 * Only that check is enforced: it is what the standard makes binding for every issued code.
 */
public final class Uscc {

    static final int LENGTH = 18;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Why a code is refused; null from {@link #problem} means it is valid. */
    enum Problem {
        LENGTH("统一社会信用代码应为18位"),
        CHARACTERS("统一社会信用代码含有不允许的字符"),
        CHECK_DIGIT("统一社会信用代码校验位错误");

        final String reason;

        Problem(String reason) {
            this.reason = reason;
        }
    }

    private Uscc() {
    }

    /** Trimmed and upper-cased, as stored; null stays null. */
    static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    static boolean isValid(String normalized) {
        return problem(normalized) == null;
    }

    /** What is wrong with an already {@link #normalize normalized} code, or null when it is valid. */
    static Problem problem(String normalized) {
        if (normalized == null || normalized.length() != LENGTH) {
            return Problem.LENGTH;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(normalized.charAt(i)) < 0) {
                return Problem.CHARACTERS;
            }
        }
        return normalized.charAt(LENGTH - 1) == checkCharacter(normalized) ? null : Problem.CHECK_DIGIT;
    }

    /** The check character for the first 17 characters of {@code code} (which must be in the alphabet). */
    public static char checkCharacter(CharSequence code) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /**
     * Characters 3-8 of a valid code: the registering authority's division code (GB/T 2260), a county's
     * (150822), a prefecture's (150800) or a province's (150000).
     */
    static String division(String normalized) {
        return normalized.substring(2, 8);
    }

    static String alphabet() {
        return ALPHABET;
    }
}
