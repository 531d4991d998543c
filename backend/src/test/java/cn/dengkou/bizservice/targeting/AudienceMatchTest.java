package cn.dengkou.bizservice.targeting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java matcher and its reasons (was notice/NoticeFitTest), one row per dimension and case: empty = all, a match, a miss, an unknown profile value. */
class AudienceMatchTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2026, 11, 26);
    private static final Map<String, String> NAMES = Map.of(
            "INDIVIDUAL", "个体工商户", "ENTERPRISE", "小微企业", "LSH", "隆盛合镇", "BYGL", "巴彦高勒镇",
            "F", "批发和零售业", "C", "制造业", "IND_TO_ENT_POOL", "个转企培育库", "GROWTH", "成长型",
            "GENERAL", "一般纳税人", "SMALL_SCALE", "小规模纳税人");
    private static final BinaryOperator<String> names = (dict, code) -> NAMES.getOrDefault(code, code);

    /** 个体工商户 in 隆盛合镇, wholesale/retail, in the 个转企 pool, registered 2020, general taxpayer. */
    private static final BusinessProfile FULL = new BusinessProfile("INDIVIDUAL", "F", "LSH", Set.of("IND_TO_ENT_POOL"),
            LocalDate.of(2020, 5, 1), "GENERAL");
    /** The same business with nothing known beyond kind, industry and township. */
    private static final BusinessProfile SPARSE = new BusinessProfile("INDIVIDUAL", "F", "LSH", Set.of(), null, null);

    private static Audience audience(List<String> kinds, List<String> industries, List<String> townships,
                                           List<String> tags, LocalDate from, LocalDate to, List<String> taxpayer) {
        return new Audience(kinds, industries, townships, tags, from, to, taxpayer);
    }

    private static Audience kinds(String... k) {
        return audience(List.of(k), null, null, null, null, null, null);
    }

    private static Audience industries(String... v) {
        return audience(null, List.of(v), null, null, null, null, null);
    }

    private static Audience townships(String... v) {
        return audience(null, null, List.of(v), null, null, null, null);
    }

    private static Audience tags(String... v) {
        return audience(null, null, null, List.of(v), null, null, null);
    }

    private static Audience taxpayer(String... v) {
        return audience(null, null, null, null, null, null, List.of(v));
    }

    private static Audience registered(LocalDate from, LocalDate to) {
        return audience(null, null, null, null, from, to, null);
    }

    static Stream<Arguments> rows() {
        List<String> none = List.of();
        return Stream.of(
                Arguments.of("everyone", Audience.everyone(), FULL, List.of("面向全体经营主体")),
                Arguments.of("everyone, sparse profile", Audience.everyone(), SPARSE, List.of("面向全体经营主体")),
                Arguments.of("kind matches", kinds("INDIVIDUAL"), FULL, List.of("适用于个体工商户")),
                Arguments.of("kind is one of several", kinds("ENTERPRISE", "INDIVIDUAL"), FULL, List.of("适用于个体工商户")),
                Arguments.of("kind excludes", kinds("ENTERPRISE"), FULL, none),
                Arguments.of("township matches", townships("LSH"), FULL, List.of("适用于隆盛合镇")),
                Arguments.of("township excludes", townships("BYGL"), FULL, none),
                Arguments.of("industry matches", industries("F"), FULL, List.of("适用于批发和零售业")),
                Arguments.of("industry excludes", industries("C"), FULL, none),
                Arguments.of("tag matches", tags("IND_TO_ENT_POOL"), FULL, List.of("您在个转企培育库中")),
                Arguments.of("one shared tag is enough", tags("GROWTH", "IND_TO_ENT_POOL"), FULL, List.of("您在个转企培育库中")),
                Arguments.of("tag excludes", tags("GROWTH"), FULL, none),
                Arguments.of("tag, business has none", tags("IND_TO_ENT_POOL"), SPARSE, none),
                Arguments.of("taxpayer matches", taxpayer("GENERAL"), FULL, List.of("适用于一般纳税人")),
                Arguments.of("taxpayer excludes", taxpayer("SMALL_SCALE"), FULL, none),
                Arguments.of("taxpayer unknown", taxpayer("GENERAL"), SPARSE, none),
                Arguments.of("registered a year before publishing", registered(null, PUBLISHED.minusYears(1)), FULL,
                        List.of("适用于注册登记一年以上的经营主体")),
                Arguments.of("registered too recently", registered(LocalDate.of(2021, 1, 1), null), FULL, none),
                Arguments.of("registered too early", registered(null, LocalDate.of(2019, 1, 1)), FULL, none),
                Arguments.of("registered within a window", registered(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1)),
                        FULL, List.of("适用于2019年1月1日至2021年1月1日注册登记的经营主体")),
                Arguments.of("registered on the lower bound", registered(LocalDate.of(2020, 5, 1), null), FULL,
                        List.of("适用于2020年5月1日及以后注册登记的经营主体")),
                Arguments.of("registration day unknown", registered(null, PUBLISHED.minusYears(1)), SPARSE, none),
                Arguments.of("every dimension matches",
                        audience(List.of("INDIVIDUAL"), List.of("F"), List.of("LSH"), List.of("IND_TO_ENT_POOL"),
                                null, PUBLISHED.minusYears(1), List.of("GENERAL")), FULL,
                        List.of("适用于个体工商户", "适用于隆盛合镇", "适用于批发和零售业", "您在个转企培育库中",
                                "适用于一般纳税人", "适用于注册登记一年以上的经营主体")),
                Arguments.of("all but one dimension match",
                        audience(List.of("INDIVIDUAL"), List.of("F"), List.of("BYGL"), List.of("IND_TO_ENT_POOL"),
                                null, null, List.of("GENERAL")), FULL, none));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void matchesEveryNonEmptyDimension(String name, Audience a, BusinessProfile p, List<String> expected) {
        assertThat(a.reasons(p, PUBLISHED, names)).isEqualTo(expected);
        assertThat(a.fits(p)).isEqualTo(!expected.isEmpty());
    }

    @Test
    void noBusinessFitsNothingNotEvenEveryone() {
        assertThat(Audience.everyone().reasons(null, PUBLISHED, names)).isEmpty();
        assertThat(Audience.everyone().fits(null)).isFalse();
    }

    @Test
    void registrationWindowsReadAsThePlanWordsThem() {
        assertThat(Audience.windowReason(null, PUBLISHED.minusYears(1).plusDays(3), PUBLISHED))
                .isEqualTo("适用于注册登记一年以上的经营主体");
        assertThat(Audience.windowReason(null, PUBLISHED.minusYears(2), PUBLISHED))
                .isEqualTo("适用于注册登记2年以上的经营主体");
        assertThat(Audience.windowReason(null, PUBLISHED.minusMonths(6), PUBLISHED))
                .isEqualTo("适用于2026年5月26日及以前注册登记的经营主体");
        assertThat(Audience.windowReason(null, PUBLISHED.minusYears(1).minusMonths(2), PUBLISHED))
                .isEqualTo("适用于2025年9月26日及以前注册登记的经营主体");
    }

    @Test
    void tagsReadAsPoolsOrKindsOfBusiness() {
        assertThat(Dimension.tagReason("小升规培育库")).isEqualTo("您在小升规培育库中");
        assertThat(Dimension.tagReason("专精特新")).isEqualTo("您属于专精特新经营主体");
    }

    @Test
    void theWithersSetOneDimensionEach() {
        assertThat(Audience.everyone().kinds("INDIVIDUAL").townships("LSH").industries("F").tags("IND_TO_ENT_POOL")
                .taxpayerTypes("GENERAL").registeredBetween(null, PUBLISHED.minusYears(1)))
                .isEqualTo(audience(List.of("INDIVIDUAL"), List.of("F"), List.of("LSH"), List.of("IND_TO_ENT_POOL"),
                        null, PUBLISHED.minusYears(1), List.of("GENERAL")));
        assertThat(Audience.everyone().targetsEveryone()).isTrue();
        assertThat(audience(List.of(" ", "LSH "), null, null, null, null, null, null).kinds()).containsExactly("LSH");
        for (Dimension d : Dimension.values()) {
            assertThat(d.codes(Audience.everyone())).isEmpty();
        }
    }

    /** The owners' list ranks every listed notice with {@code fits}: it must not allocate. */
    @Test
    void fitsAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        List<Audience> audiences = rows().map(r -> (Audience) r.get()[1]).toList();
        int fits = 0;
        for (int warm = 0; warm < 20_000; warm++) {
            fits += audiences.get(warm % audiences.size()).fits(FULL) ? 1 : 0;
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 100_000; i++) {
            Audience a = audiences.get(i % audiences.size());
            fits += a.fits(FULL) ? 1 : 0;
            fits += a.fits(SPARSE) ? 1 : 0;
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(fits).isPositive();
        assertThat(allocated).as("bytes allocated by 200,000 fits calls").isLessThan(4_096);
    }
}
