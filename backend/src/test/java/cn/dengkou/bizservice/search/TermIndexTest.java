package cn.dengkou.bizservice.search;

import cn.dengkou.bizservice.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared index on its own: kinds kept apart, limits, removal, and the condition a feature joins. */
@IntegrationTest
class TermIndexTest {

    @Autowired
    TermIndex index;
    @Autowired
    JdbcTemplate jdbc;

    private final long base = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 4) * 2;

    @Test
    void searchesOneKindNewestFirstUpToTheLimit() {
        index.index("probe", base, "创业担保贷款", "申请指南");
        index.index("probe", base + 1, "担保贷款贴息");
        index.index("probe", base + 2, "房租减免");
        index.index("probe-other", base + 3, "担保贷款");

        assertThat(index.search("probe", "担保贷款", 10)).containsExactly(base + 1, base);
        assertThat(index.search("probe", "担保贷款", 1)).containsExactly(base + 1);
        assertThat(index.search("probe", "担保 指南", 10)).containsExactly(base);
        assertThat(index.search("probe", "贷", 10)).as("one character is a prefix range").contains(base, base + 1);
        assertThat(index.search("probe-other", "担保贷款", 10)).containsExactly(base + 3);
        assertThat(index.search("probe", "！？", 10)).isEmpty();
        assertThat(index.matching("probe", "担保贷款")).contains(base, base + 1).doesNotContain(base + 3);
    }

    @Test
    void reindexingReplacesAndRemovingForgets() {
        index.index("probe", base, "稳岗返还");
        index.index("probe", base, "技能提升");
        assertThat(index.matching("probe", "返还")).doesNotContain(base);
        assertThat(index.matching("probe", "技能")).contains(base);

        index.remove("probe", base);
        assertThat(index.matching("probe", "技能")).doesNotContain(base);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_term WHERE kind = 'probe' AND subject_id = ?",
                Integer.class, base)).isZero();
    }

    @Test
    void aFeatureJoinsTheConditionWithItsOwnRules() {
        index.index("probe", base, "减税降费政策");
        index.index("probe", base + 1, "减税降费问答");

        // a feature's own table and visibility rule, here a derived table with a "visible" flag
        String own = "SELECT id FROM (SELECT " + base + " AS id, 1 AS visible UNION ALL SELECT " + (base + 1)
                + ", 0 UNION ALL SELECT " + (base + 2) + ", 1) job WHERE job.visible = 1 AND ";
        TermIndex.Condition c = TermIndex.condition("probe", "job.id", "减税 降费");
        assertThat(jdbc.queryForList(own + jdbcSql(c) + " ORDER BY id", Long.class, jdbcArgs(c))).containsExactly(base);

        TermIndex.Condition none = TermIndex.condition("probe", "job.id", "。");
        assertThat(jdbc.queryForList(own + jdbcSql(none), Long.class, jdbcArgs(none))).isEmpty();

        String unindexed = "SELECT id FROM (SELECT " + base + " AS id UNION ALL SELECT " + (base + 2) + ") job"
                + " WHERE NOT EXISTS (" + TermIndex.indexedSql("probe", "job.id") + ")";
        assertThat(jdbc.queryForList(unindexed, Long.class)).containsExactly(base + 2);
    }

    @Test
    void eachQueryTermIsOneRangeOfThePrimaryKey() {
        index.index("probe", base, "担保贷款");
        TermIndex.Condition c = TermIndex.condition("probe", "s.id", "担保贷款 税");
        List<Map<String, Object>> plan = jdbc.queryForList("EXPLAIN SELECT s.id FROM (SELECT " + base + " AS id) s WHERE "
                + jdbcSql(c), jdbcArgs(c));
        List<Map<String, Object>> terms = plan.stream().filter(r -> "search_term".equals(r.get("table"))).toList();
        assertThat(terms).as(plan.toString()).hasSize(4);
        assertThat(terms).extracting(r -> r.get("key")).as(plan.toString()).containsOnly("PRIMARY");
        assertThat(terms).extracting(r -> r.get("type")).as(plan.toString()).allMatch(t -> "ref".equals(t) || "range".equals(t));
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    /** MyBatis-Plus binds {i} (each as often as it occurs) as a wrapper's apply does; JDBC binds ? in order. */
    private static String jdbcSql(TermIndex.Condition c) {
        return PLACEHOLDER.matcher(c.sql()).replaceAll("?");
    }

    private static Object[] jdbcArgs(TermIndex.Condition c) {
        List<Object> args = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(c.sql());
        while (m.find()) {
            args.add(c.params()[Integer.parseInt(m.group(1))]);
        }
        return args.toArray();
    }
}
