package cn.dengkou.bizservice.dev;

import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Demo data for the dev mode, written once per county into an empty database: 磴口县 (150822) gets staff of every
 * role, a registry extract and 300 owners with bound businesses over its five townships; 杭锦后旗 (150826) its own
 * ADMIN, association, tax and HR staff and 100 owners over its towns. The bootstrap {@code admin} is the prefecture's
 * (巴彦淖尔市) ADMIN, who sees both. Owner {@code dev-owner-N} (N = 1..300) is a Dengkou owner,
 * {@code dev-hjhq-owner-N} (N = 1..100) a Hangjin one; both log in through the simulator with that code.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("dev") // component scans of hand-started contexts (benchmarks, the crash harness, a second test context) must not seed
class DemoData {

    static final String STAFF_PASSWORD = "staff-dev-password";
    static final int OWNERS = 300;
    static final int REGISTRY = 400;
    static final int HANGJIN_OWNERS = 100;
    static final int HANGJIN_REGISTRY = 150;
    static final String DENGKOU = "150822";
    static final String HANGJIN = "150826";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String[] TOWNSHIPS = {"BYGL", "LSH", "DK", "BLNZ", "SJTH"};
    private static final String[] HANGJIN_TOWNSHIPS = {"SHB", "TDQ", "EDQ", "SDQ", "MH", "TJ", "SM", "SHH"};
    private static final String[] INDUSTRIES = {"A", "C", "E", "F", "H", "O", "L", "R"};
    private static final String[] TAGS = {"SURVIVAL", "GROWTH", "DEVELOPMENT", "FAMOUS", "IND_TO_ENT_POOL",
            "SMALL_TO_SCALE_POOL", "FOUR_NEW", "SPECIALIZED"};
    private static final String[] TRADES = {"农资店", "五金店", "小吃店", "羊肉馆", "超市", "理发店", "修理部",
            "建材店", "蜜瓜合作社", "民宿", "服装店", "文具店"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "高", "郭"};

    @Bean
    ApplicationRunner demoDataRunner(JdbcTemplate jdbc, PasswordEncoder encoder, TransactionTemplate tx) {
        return (ApplicationArguments args) -> {
            if (!seeded(jdbc, DENGKOU)) {
                Object[][] staff = {
                        {"dengkou-admin", "磴口县 系统管理员", "ADMIN", null},
                        {"association", "个私协会 王干事", "ASSOCIATION", null},
                        {"hr", "人社局 李科长", "HR", "HRSS"},
                        {"tax", "税务局 张科员", "DEPARTMENT", "TAX"},
                        {"finance", "财政局 刘科员", "DEPARTMENT", "FINANCE"},
                        {"samr", "市场监管局 陈科员", "DEPARTMENT", "SAMR"},
                        {"office", "领导小组办公室 赵主任", "ASSOCIATION", null},
                };
                tx.executeWithoutResult(s -> write(jdbc, encoder, DENGKOU, "磴口县", staff, TOWNSHIPS, REGISTRY, OWNERS,
                        "dev-owner-"));
                log.info("dev demo data for 磴口县 written: {} registry entries, {} owners, staff of every role",
                        REGISTRY, OWNERS);
            }
            if (!seeded(jdbc, HANGJIN)) {
                Object[][] staff = {
                        {"hjhq-admin", "杭锦后旗 系统管理员", "ADMIN", null},
                        {"hjhq-association", "杭锦后旗个私协会 孙干事", "ASSOCIATION", null},
                        {"hjhq-tax", "杭锦后旗税务局 周科员", "DEPARTMENT", "TAX"},
                        {"hjhq-hr", "杭锦后旗人社局 钱科员", "HR", "HRSS"},
                };
                tx.executeWithoutResult(s -> write(jdbc, encoder, HANGJIN, "杭锦后旗", staff, HANGJIN_TOWNSHIPS,
                        HANGJIN_REGISTRY, HANGJIN_OWNERS, "dev-hjhq-owner-"));
                log.info("dev demo data for 杭锦后旗 written: {} registry entries, {} owners", HANGJIN_REGISTRY,
                        HANGJIN_OWNERS);
            }
        };
    }

    private static boolean seeded(JdbcTemplate jdbc, String county) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM registry_entry WHERE county = ?", Integer.class, county);
        return existing != null && existing > 0;
    }

    private void write(JdbcTemplate jdbc, PasswordEncoder encoder, String county, String countyName, Object[][] staff,
                       String[] townships, int registrySize, int owners, String ownerCodePrefix) {
        LocalDateTime now = LocalDateTime.now();
        String hash = encoder.encode(STAFF_PASSWORD);
        for (Object[] s : staff) {
            jdbc.update("INSERT INTO app_user (username, password_hash, display_name, roles, department, county, enabled,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)", s[0], hash, s[1], s[2], s[3], county,
                    Timestamp.valueOf(now), Timestamp.valueOf(now));
        }
        Random random = new Random(2026 + Integer.parseInt(county));
        List<Object[]> registry = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        for (int i = 1; i <= registrySize; i++) {
            String kind = i % 5 == 0 ? "ENTERPRISE" : "INDIVIDUAL";
            String township = townships[i % townships.length];
            String trade = TRADES[random.nextInt(TRADES.length)];
            String operator = SURNAMES[random.nextInt(SURNAMES.length)] + "某" + (i % 9 + 1);
            String name = countyName + operator.charAt(0) + "记" + trade + (kind.equals("ENTERPRISE") ? "有限公司" : "") + i;
            String uscc = DemoUscc.make(kind.equals("ENTERPRISE") ? "91" : "92", county, i);
            LocalDate since = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3600));
            registry.add(new Object[]{uscc, county, name, operator, kind, INDUSTRIES[i % INDUSTRIES.length], township,
                    Date.valueOf(since), kind.equals("ENTERPRISE") && i % 3 == 0 ? "GENERAL" : "SMALL_SCALE",
                    Timestamp.valueOf(now)});
            names.add(new String[]{uscc, name, operator, kind, INDUSTRIES[i % INDUSTRIES.length], township});
        }
        jdbc.batchUpdate("INSERT INTO registry_entry (uscc, county, name, operator_name, kind, industry, township,"
                + " registered_on, taxpayer_type, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", registry);
        for (int i = 1; i <= owners; i++) {
            String openid = WechatSimulator.openidFor(ownerCodePrefix + i);
            jdbc.update("INSERT INTO app_user (openid, roles, enabled, created_at, updated_at) VALUES (?, 'OWNER', 1, ?, ?)",
                    openid, Timestamp.valueOf(now), Timestamp.valueOf(now));
            Long userId = jdbc.queryForObject("SELECT id FROM app_user WHERE openid = ?", Long.class, openid);
            String[] b = names.get(i - 1);
            String status = i % 10 == 0 ? "PENDING" : "VERIFIED";
            jdbc.update("INSERT INTO business (uscc, county, name, operator_name, kind, industry, township, registered_on,"
                    + " taxpayer_type, status, owner_user_id, created_at, updated_at) SELECT uscc, county, name, operator_name,"
                    + " kind, industry,"
                    + " township, registered_on, taxpayer_type, ?, ?, ?, ? FROM registry_entry WHERE uscc = ?",
                    status, userId, Timestamp.valueOf(now), Timestamp.valueOf(now), b[0]);
            Long businessId = jdbc.queryForObject("SELECT id FROM business WHERE uscc = ?", Long.class, b[0]);
            jdbc.update("INSERT INTO business_tag (business_id, tag) VALUES (?, ?)", businessId, TAGS[i % 3]);
            if (i % 7 == 0) {
                jdbc.update("INSERT INTO business_tag (business_id, tag) VALUES (?, ?)", businessId,
                        TAGS[3 + random.nextInt(TAGS.length - 3)]);
            }
        }
    }
}
