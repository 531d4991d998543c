package cn.dengkou.bizservice.targeting;

import cn.dengkou.bizservice.business.OwnedBusinesses;
import cn.dengkou.bizservice.push.PushTasks;
import cn.dengkou.bizservice.push.Recipients;
import cn.dengkou.bizservice.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one audience rule, twice: every case runs through the push engine's SQL ({@link PushTasks#audienceSize},
 * the statement whose filters the inbox INSERT … SELECT shares) and through the Java matcher the notice list
 * uses ({@link Audience#fits} on {@link BusinessProfile#of} of the owner's business), and both must pick the
 * same users of a seeded set, row for row. The SQL side is asked per user ({@code u.id IN (that user)}), so
 * the rest of the shared database does not count.
 */
@IntegrationTest
class AudienceAgreementTest {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PushTasks pushTasks;
    @Autowired
    OwnedBusinesses businesses;

    /** A seeded user: what the Java side sees of them (null: no VERIFIED business, or a disabled account). */
    private record Seeded(String name, long userId, BusinessProfile profile) {
    }

    @TestFactory
    Stream<DynamicTest> sqlAndJavaPickTheSameUsers() {
        List<Seeded> seeded = seed();
        Map<String, Audience> cases = cases();
        Set<Integer> sizes = new TreeSet<>();
        List<DynamicTest> tests = new ArrayList<>();
        cases.forEach((name, a) -> {
            List<String> java = seeded.stream().filter(s -> a.fits(s.profile())).map(Seeded::name).toList();
            sizes.add(java.size());
            tests.add(DynamicTest.dynamicTest(name, () -> {
                List<String> sql = seeded.stream()
                        .filter(s -> pushTasks.audienceSize(Recipients.users(List.of(s.userId())).owning(a)) == 1)
                        .map(Seeded::name).toList();
                assertThat(sql).as("SQL vs Java for %s", a).isEqualTo(java);
                assertThat(pushTasks.audienceSize(Recipients.users(seeded.stream().map(Seeded::userId).toList())
                        .owning(a))).isEqualTo(java.size());
                assertThat(a.reasons(null, TODAY, (d, c) -> c)).isEmpty();
                seeded.forEach(s -> assertThat(a.reasons(s.profile(), TODAY, (d, c) -> c).isEmpty())
                        .as("reasons of %s", s.name()).isEqualTo(!java.contains(s.name())));
            }));
        });
        // the cases tell the seeded users apart: from nobody to every VERIFIED, enabled owner
        tests.add(DynamicTest.dynamicTest("cases cover nobody to everyone", () ->
                assertThat(sizes).contains(0, 1, 2, 3, 7)));
        return tests.stream();
    }

    private List<Seeded> seed() {
        List<Seeded> s = new ArrayList<>();
        s.add(owner("A individual retailer LSH pool 2020 general", "INDIVIDUAL", "F", "LSH", LocalDate.of(2020, 5, 1), "GENERAL", "VERIFIED", "IND_TO_ENT_POOL"));
        s.add(owner("B individual retailer BYGL nothing known", "INDIVIDUAL", "F", "BYGL", null, null, "VERIFIED"));
        s.add(owner("C enterprise maker LSH two tags new small", "ENTERPRISE", "C", "LSH", LocalDate.of(2026, 6, 1), "SMALL_SCALE", "VERIFIED", "GROWTH", "IND_TO_ENT_POOL"));
        s.add(owner("D enterprise maker DK growth 2019 general", "ENTERPRISE", "C", "DK", LocalDate.of(2019, 1, 1), "GENERAL", "VERIFIED", "GROWTH"));
        s.add(owner("E individual hotel DK 2021 small", "INDIVIDUAL", "H", "DK", LocalDate.of(2021, 1, 1), "SMALL_SCALE", "VERIFIED"));
        s.add(owner("F enterprise retailer BYGL pool no date general", "ENTERPRISE", "F", "BYGL", null, "GENERAL", "VERIFIED", "IND_TO_ENT_POOL"));
        s.add(ownerIn("150826", "G individual maker LSH growth a year ago no taxpayer, of 杭锦后旗", "INDIVIDUAL", "C", "LSH", TODAY.minusYears(1), null, "VERIFIED", "GROWTH"));
        s.add(owner("P pending, else like A", "INDIVIDUAL", "F", "LSH", LocalDate.of(2020, 5, 1), "GENERAL", "PENDING", "IND_TO_ENT_POOL"));
        s.add(owner("R rejected, else like D", "ENTERPRISE", "C", "DK", LocalDate.of(2019, 1, 1), "GENERAL", "REJECTED", "GROWTH"));
        long unbound = user(true);
        s.add(new Seeded("U unbound", unbound, BusinessProfile.of(businesses.findForOwner(unbound))));
        Seeded disabled = owner("X disabled account, else like A", "INDIVIDUAL", "F", "LSH", LocalDate.of(2020, 5, 1), "GENERAL", "VERIFIED", "IND_TO_ENT_POOL");
        jdbc.update("UPDATE app_user SET enabled = 0 WHERE id = ?", disabled.userId());
        // a disabled account has no session, so it never reads a list: the Java side has no profile for it
        s.add(new Seeded(disabled.name(), disabled.userId(), null));
        assertThat(s.stream().filter(x -> x.profile() != null).count()).isEqualTo(7);
        return s;
    }

    private Seeded owner(String name, String kind, String industry, String township, LocalDate registeredOn,
                         String taxpayerType, String status, String... tags) {
        return ownerIn("150822", name, kind, industry, township, registeredOn, taxpayerType, status, tags);
    }

    private Seeded ownerIn(String county, String name, String kind, String industry, String township,
                           LocalDate registeredOn, String taxpayerType, String status, String... tags) {
        long userId = user(true);
        long n = SEQ.incrementAndGet();
        String uscc = String.format("AG%016d", n);
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("INSERT INTO business (county, uscc, name, operator_name, kind, industry, township, registered_on, taxpayer_type, "
                        + "status, owner_user_id, created_at, updated_at) VALUES (?, ?, ?, '李四', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                county, uscc, "一致性商户" + n, kind, industry, township, registeredOn, taxpayerType, status, userId, now, now);
        long businessId = jdbc.queryForObject("SELECT id FROM business WHERE uscc = ?", Long.class, uscc);
        for (String tag : tags) {
            jdbc.update("INSERT INTO business_tag (business_id, tag) VALUES (?, ?)", businessId, tag);
        }
        return new Seeded(name, userId, BusinessProfile.of(businesses.findForOwner(userId)));
    }

    private long user(boolean enabled) {
        String openid = "agree-" + UUID.randomUUID();
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("INSERT INTO app_user (openid, roles, enabled, created_at, updated_at) VALUES (?, 'OWNER', ?, ?, ?)",
                openid, enabled, now, now);
        return jdbc.queryForObject("SELECT id FROM app_user WHERE openid = ?", Long.class, openid);
    }

    /** Named cases (each dimension: one code, several, none matching; windows on their bounds; mixes), then random mixes. */
    private static Map<String, Audience> cases() {
        Audience all = Audience.everyone();
        Map<String, Audience> c = new LinkedHashMap<>();
        c.put("everyone", all);
        c.put("kind individual", all.kinds("INDIVIDUAL"));
        c.put("kind enterprise", all.kinds("ENTERPRISE"));
        c.put("both kinds", all.kinds("INDIVIDUAL", "ENTERPRISE"));
        c.put("industry retail", all.industries("F"));
        c.put("industry maker or hotel", all.industries("C", "H"));
        c.put("industry nobody has", all.industries("A"));
        c.put("township LSH", all.townships("LSH"));
        c.put("township DK or BYGL", all.townships("DK", "BYGL"));
        c.put("tag pool", all.tags("IND_TO_ENT_POOL"));
        c.put("tag growth", all.tags("GROWTH"));
        c.put("either tag", all.tags("GROWTH", "IND_TO_ENT_POOL"));
        c.put("tag nobody has", all.tags("SPECIALIZED"));
        c.put("taxpayer general", all.taxpayerTypes("GENERAL"));
        c.put("taxpayer small", all.taxpayerTypes("SMALL_SCALE"));
        c.put("either taxpayer type (unknown ones still out)", all.taxpayerTypes("GENERAL", "SMALL_SCALE"));
        c.put("registered a year or more", all.registeredBetween(null, TODAY.minusYears(1)));
        c.put("registered since 2021-01-01 (on the bound)", all.registeredBetween(LocalDate.of(2021, 1, 1), null));
        c.put("registered 2019-01-01..2021-01-01 (both bounds)", all.registeredBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1)));
        c.put("registered on one day", all.registeredBetween(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 1)));
        c.put("registered in the future", all.registeredBetween(TODAY.plusDays(1), null));
        c.put("county 磴口县", all.counties(List.of("150822")));
        c.put("county 杭锦后旗", all.counties(List.of("150826")));
        c.put("both counties", all.counties(List.of("150822", "150826")));
        c.put("county nobody is in", all.counties(List.of("150802")));
        c.put("maker in 杭锦后旗", all.industries("C").counties(List.of("150826")));
        c.put("individual in LSH", all.kinds("INDIVIDUAL").townships("LSH"));
        c.put("maker with growth tag", all.industries("C").tags("GROWTH"));
        c.put("pool, general, a year or more", all.tags("IND_TO_ENT_POOL").taxpayerTypes("GENERAL")
                .registeredBetween(null, TODAY.minusYears(1)));
        c.put("every dimension, as A", new Audience(List.of("INDIVIDUAL"), List.of("F"), List.of("LSH"),
                List.of("IND_TO_ENT_POOL"), LocalDate.of(2020, 1, 1), TODAY.minusYears(1), List.of("GENERAL")));
        c.put("every dimension but one, as A", new Audience(List.of("INDIVIDUAL"), List.of("F"), List.of("BYGL"),
                List.of("IND_TO_ENT_POOL"), null, null, List.of("GENERAL")));
        Random rnd = new Random(9);
        String[][] pools = {{"INDIVIDUAL", "ENTERPRISE"}, {"F", "C", "H", "A"}, {"LSH", "BYGL", "DK", "SJTH"},
                {"IND_TO_ENT_POOL", "GROWTH", "SPECIALIZED"}, {"GENERAL", "SMALL_SCALE"}};
        LocalDate[] days = {null, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 5, 1), LocalDate.of(2021, 1, 1), TODAY.minusYears(1)};
        for (int i = 0; i < 40; i++) {
            List<List<String>> dims = new ArrayList<>();
            for (String[] pool : pools) {
                List<String> codes = new ArrayList<>();
                if (rnd.nextInt(3) == 0) {
                    for (String code : pool) {
                        if (rnd.nextBoolean()) {
                            codes.add(code);
                        }
                    }
                }
                dims.add(codes);
            }
            LocalDate from = rnd.nextInt(3) == 0 ? days[rnd.nextInt(days.length)] : null;
            LocalDate to = rnd.nextInt(3) == 0 ? days[rnd.nextInt(days.length)] : null;
            Audience a = new Audience(dims.get(0), dims.get(1), dims.get(2), dims.get(3), from, to, dims.get(4));
            c.putIfAbsent("random " + i + ": " + a, a);
        }
        return c;
    }
}
