package cn.dengkou.bizservice.business;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UsccTest {

    /** Published codes of real companies (checked against their public registrations). */
    private static final String[] REAL = {
            "91350100M000100Y43",
            "91110000600037341L",
            "91440300708461136T", // 深圳市腾讯计算机系统有限公司
            "914403001922038216", // 华为技术有限公司
            "91110000802100433B", // 北京百度网讯科技有限公司
            "91110108551385082Q", // 小米科技有限责任公司
            "91330100799655058B", // 阿里巴巴（中国）有限公司
    };

    @Test
    void realCodesAreValid() {
        for (String code : REAL) {
            assertThat(Uscc.problem(code)).as(code).isNull();
            assertThat(Uscc.isValid(code)).as(code).isTrue();
        }
    }

    @Test
    void everySingleCharacterChangeOfARealCodeFails() {
        String alphabet = Uscc.alphabet();
        int mutations = 0;
        for (String code : REAL) {
            for (int i = 0; i < code.length(); i++) {
                for (char c : alphabet.toCharArray()) {
                    if (c == code.charAt(i)) {
                        continue;
                    }
                    String mutated = code.substring(0, i) + c + code.substring(i + 1);
                    assertThat(Uscc.problem(mutated)).as(mutated).isEqualTo(Uscc.Problem.CHECK_DIGIT);
                    mutations++;
                }
            }
        }
        assertThat(mutations).isEqualTo(REAL.length * 18 * 30);
    }

    @Test
    void swappingTwoDifferentNeighboursIsCaughtToo() {
        String code = "91440300708461136T";
        String swapped = code.substring(0, 5) + code.charAt(6) + code.charAt(5) + code.substring(7);
        assertThat(Uscc.isValid(swapped)).isFalse();
    }

    @Test
    void lowerCaseAndSurroundingSpacesAreAccepted() {
        String normalized = Uscc.normalize("  91110108551385082q \t");
        assertThat(normalized).isEqualTo("91110108551385082Q");
        assertThat(Uscc.isValid(normalized)).isTrue();
        assertThat(Uscc.normalize(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9111010855138508", "91110108551385082", "91110108551385082QQ", "91110108551385082Q1"})
    void wrongLengthIsRefused(String code) {
        assertThat(Uscc.problem(code)).isEqualTo(Uscc.Problem.LENGTH);
    }

    @Test
    void nullIsRefused() {
        assertThat(Uscc.problem(null)).isEqualTo(Uscc.Problem.LENGTH);
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V', '-', ' ', 'a', '中'})
    void forbiddenCharactersAreRefused(char c) {
        String code = "91110108551385" + c + "82Q";
        assertThat(Uscc.problem(code)).isEqualTo(Uscc.Problem.CHARACTERS);
    }

    @Test
    void checkCharacterThirtyOneBecomesZero() {
        // Search a body whose weighted sum is a multiple of 31: its check character must be '0'.
        String body = null;
        for (int n = 0; body == null; n++) {
            String candidate = "9215082200" + String.format("%07d", n);
            if (weightedSum(candidate) % 31 == 0) {
                body = candidate;
            }
        }
        assertThat(Uscc.checkCharacter(body)).isEqualTo('0');
        assertThat(Uscc.isValid(body + "0")).isTrue();
    }

    @Test
    void generatedTestCodesAreValidAndDiffer() {
        String a = TestUscc.random();
        String b = TestUscc.random();
        assertThat(Uscc.isValid(a)).isTrue();
        assertThat(Uscc.isValid(b)).isTrue();
        assertThat(a).isNotEqualTo(b);
    }

    private static int weightedSum(String first17) {
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += Uscc.alphabet().indexOf(first17.charAt(i)) * weights[i];
        }
        return sum;
    }
}
