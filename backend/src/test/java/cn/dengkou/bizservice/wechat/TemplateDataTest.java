package cn.dengkou.bizservice.wechat;

import cn.dengkou.bizservice.wechat.sim.SimFieldRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateDataTest {

    @Test
    void typeComesFromTheFieldNamePrefix() {
        assertThat(TemplateData.type("thing1")).isEqualTo("thing");
        assertThat(TemplateData.type("thing12")).isEqualTo("thing");
        assertThat(TemplateData.type("character_string3")).isEqualTo("character_string");
        assertThat(TemplateData.type("phone_number10")).isEqualTo("phone_number");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"thing", "Thing1", "1thing", "thing-1", "thing1 ", "thing1a"})
    void malformedFieldNamesAreRejected(String field) {
        assertThatThrownBy(() -> TemplateData.value(field, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unsupportedTypesAreRejected() {
        assertThatThrownBy(() -> TemplateData.value("car_number1", "蒙A12345"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("car_number1");
    }

    @Test
    void thingKeepsShortTextAndCutsLongTextWithAnEllipsisInsideTheLimit() {
        assertThat(TemplateData.value("thing1", "磴口县政务公告")).isEqualTo("磴口县政务公告");
        String twenty = "一二三四五六七八九十一二三四五六七八九十";
        assertThat(TemplateData.value("thing1", twenty)).isEqualTo(twenty);
        String cut = TemplateData.value("thing1", twenty + "多");
        assertThat(cut).hasSize(20).endsWith("…").startsWith("一二三四五六七八九十一二三四五六七八九");
        assertThat(TemplateData.value("thing2", "a".repeat(100))).isEqualTo("a".repeat(19) + "…");
    }

    @Test
    void controlCharactersAndEmojiAreRemovedAndWhitespaceCollapsed() {
        assertThat(TemplateData.value("thing1", "第一行\n第二行\t结束")).isEqualTo("第一行 第二行 结束");
        assertThat(TemplateData.value("thing1", "  a\u0000b\u0007c\u200Bd  ")).isEqualTo("abcd");
        assertThat(TemplateData.value("thing1", "好消息😀🎉来了")).isEqualTo("好消息来了");
        assertThat(TemplateData.value("thing1", "a \u3000  b")).isEqualTo("a b");
        assertThat(TemplateData.value("thing1", "x\uD800y")).isEqualTo("xy"); // an unpaired surrogate
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t", "😀😀"})
    void textThatCleansToNothingIsRejected(String raw) {
        assertThatThrownBy(() -> TemplateData.value("thing1", raw))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thing1");
    }

    @Test
    void nullIsRejected() {
        assertThatThrownBy(() -> TemplateData.value("thing1", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void phraseKeepsAtMostFiveChineseCharacters() {
        assertThat(TemplateData.value("phrase1", "已通过")).isEqualTo("已通过");
        assertThat(TemplateData.value("phrase1", "审核已经通过了")).isEqualTo("审核已经通");
        assertThat(TemplateData.value("phrase1", "OK 通过!")).isEqualTo("通过");
        assertThatThrownBy(() -> TemplateData.value("phrase1", "OK")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nameAllowsTenCharactersOrTwentyAsciiLetters() {
        assertThat(TemplateData.value("name1", "张三")).isEqualTo("张三");
        assertThat(TemplateData.value("name1", "一二三四五六七八九十十一")).isEqualTo("一二三四五六七八九十");
        assertThat(TemplateData.value("name1", "Alexander Hamilton Jr. III")).isEqualTo("Alexander Hamilton J");
        assertThat(TemplateData.value("name1", "Tom张三丰Jerry Lee")).hasSize(10);
    }

    @Test
    void characterStringKeepsVisibleAsciiUpTo32() {
        assertThat(TemplateData.value("character_string1", "ORDER-2026_001")).isEqualTo("ORDER-2026_001");
        assertThat(TemplateData.value("character_string1", "编号 A1 B2")).isEqualTo("A1B2");
        assertThat(TemplateData.value("character_string1", "x".repeat(40))).isEqualTo("x".repeat(32));
        assertThatThrownBy(() -> TemplateData.value("character_string1", "编号"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void letterKeepsLettersOnly() {
        assertThat(TemplateData.value("letter1", "ab-12CD")).isEqualTo("abCD");
    }

    @Test
    void numbersAreCheckedNotCut() {
        assertThat(TemplateData.value("number1", "123")).isEqualTo("123");
        assertThat(TemplateData.value("number1", "12.50")).isEqualTo("12.50");
        assertThat(TemplateData.value("number1", "9".repeat(32))).hasSize(32);
        assertThat(new TemplateData().put("number2", 42L).toMap()).containsEntry("number2", "42");
        for (String bad : List.of("1,000", "-5", "12.", "abc", "9".repeat(33), "1e5")) {
            assertThatThrownBy(() -> TemplateData.value("number1", bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void amountsAndPhoneNumbersAreChecked() {
        assertThat(TemplateData.value("amount1", "¥100.50")).isEqualTo("¥100.50");
        assertThat(TemplateData.value("amount1", "100元")).isEqualTo("100元");
        assertThatThrownBy(() -> TemplateData.value("amount1", "一百元")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TemplateData.value("phone_number1", "+86 0478-1234567")).isEqualTo("+86 0478-1234567");
        assertThatThrownBy(() -> TemplateData.value("phone_number1", "call me")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timesAndDatesUseWechatFormats() {
        LocalDateTime t = LocalDateTime.of(2026, 11, 6, 9, 5);
        Map<String, String> data = new TemplateData()
                .put("time1", t)
                .put("date2", t)
                .put("date3", LocalDate.of(2026, 1, 2))
                .toMap();
        assertThat(data).containsExactly(
                Map.entry("time1", "2026年11月06日 09:05"),
                Map.entry("date2", "2026年11月06日"),
                Map.entry("date3", "2026年01月02日"));
        assertThat(TemplateData.value("time1", "09:05")).isEqualTo("09:05");
        assertThat(TemplateData.value("time1", "2026年11月6日 09:05~2026年11月6日 11:00")).contains("~");
        assertThat(TemplateData.value("date1", "2026年11月6日 09:05")).isEqualTo("2026年11月6日 09:05");
        for (String bad : List.of("2026-11-06 09:05", "2026年2月30日 10:00", "25:00", "2026年11月6日", "a~b~c")) {
            assertThatThrownBy(() -> TemplateData.value("time1", bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new TemplateData().put("time1", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TemplateData().put("thing1", t)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toMapKeepsOrderAndCannotBeChanged() {
        Map<String, String> data = new TemplateData().put("thing2", "b").put("thing1", "a").toMap();
        assertThat(data.keySet()).containsExactly("thing2", "thing1");
        assertThatThrownBy(() -> data.put("thing3", "c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void normalizeRejectsEmptyDataAndIsIdempotent() {
        assertThatThrownBy(() -> TemplateData.normalize(Map.of())).isInstanceOf(IllegalArgumentException.class);
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("thing1", "一个很长很长很长很长很长很长很长很长的标题\n第二行");
        raw.put("phrase2", "审核已经通过了");
        raw.put("character_string3", "编号 NO-0001");
        Map<String, String> once = TemplateData.normalize(raw);
        assertThat(TemplateData.normalize(once)).isEqualTo(once);
    }

    /** Whatever the input, a value TemplateData returns passes the simulator's independent rules. */
    @Test
    void randomTextAlwaysBecomesAValueTheSimulatorAccepts() {
        Random random = new Random(42);
        String[] fields = {"thing1", "name2", "phrase3", "character_string4", "letter5"};
        int produced = 0;
        for (int i = 0; i < 5000; i++) {
            String raw = randomText(random);
            for (String field : fields) {
                String value;
                try {
                    value = TemplateData.value(field, raw);
                } catch (IllegalArgumentException e) {
                    continue; // nothing usable: refusing is allowed, sending junk is not
                }
                produced++;
                assertThat(SimFieldRules.problem(field, value)).as(field + " <- " + raw).isNull();
                assertThat(TemplateData.value(field, value)).isEqualTo(value);
            }
        }
        assertThat(produced).isGreaterThan(10_000);
    }

    private static String randomText(Random random) {
        int[] pools = {'a', 'Z', '5', ' ', '\n', '\u0000', '\u0007', '\u200B', '磴', '口', '县', '…', '-', '_', '!',
                0x1F600, 0x3000, 0xE000, 0xFEFF, '·', '（', '）'};
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(60);
        for (int i = 0; i < length; i++) {
            sb.appendCodePoint(random.nextInt(4) == 0 ? pools[random.nextInt(pools.length)] : 0x4E00 + random.nextInt(500));
        }
        return sb.toString();
    }
}
