package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo jobs for the dev mode, written once into a database that has none: an import of the employment platform's
 * jobs for each dev county (磴口县 and 杭锦后旗), one job posted by HR, and hiring needs of two demo owners — one
 * approved into jobs, one waiting for review. Through the job services, as staff and owners would; runs on
 * {@link ApplicationReadyEvent}, after DemoData's staff and owners exist. A failure is logged; the dev mode runs on.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("dev")
public class DemoJobs {

    private static final Logger log = LoggerFactory.getLogger(DemoJobs.class);
    private static final String HEADER = "外部编号,岗位名称,用工单位,乡镇,行业,用工类型,招聘人数,最低月薪,最高月薪,任职要求,福利待遇,联系人,联系电话,截止日期\n";

    private final JdbcTemplate jdbc;
    private final JobImport imports;
    private final JobPosting posting;
    private final HiringNeedFiling filing;
    private final HiringNeedReview review;
    private final Clock clock;

    DemoJobs(JdbcTemplate jdbc, JobImport imports, JobPosting posting, HiringNeedFiling filing, HiringNeedReview review,
             Clock clock) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.posting = posting;
        this.filing = filing;
        this.review = review;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void writeOnce() {
        try {
            Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM job", Integer.class);
            if (existing != null && existing > 0) {
                return;
            }
            LocalDate until = LocalDate.now(clock).plusDays(45);
            imports.run(csv(until, List.of(
                    "DK-001,葵花籽分拣工,磴口县金穗农业有限公司,隆盛合镇,A,季节性用工,40,3000,4200,身体健康，吃苦耐劳,包食宿,王经理,13904781001",
                    "DK-002,番茄采摘工,磴口县红果种植合作社,补隆淖镇,A,季节性用工,60,150,200,能适应户外作业（日结，元/天）,提供午餐,李站长,13904781002",
                    "DK-003,肉羊屠宰工,磴口县草原兴发食品有限公司,巴彦高勒镇,C,全职,15,4500,6000,有屠宰经验优先,五险一金,张主管,13904781003",
                    "DK-004,超市收银员,磴口县万家福超市,巴彦高勒镇,F,全职,4,2800,3300,高中以上学历,节日福利,赵店长,13904781004",
                    "DK-005,民宿服务员,纳林湖旅游民宿,沙金套海苏木,H,兼职,6,2000,2600,周末及节假日上岗,包餐,刘老板,13904781005",
                    "DK-006,蜜瓜分拣包装工,磴口县华莱士蜜瓜合作社,渡口镇,A,季节性用工,30,3200,3800,,包住,陈社长,13904781006")),
                    "demo.csv", new JobImport.Options("150822", "就业服务平台", false, "UPLOAD", null));
            imports.run(csv(until, List.of(
                    "HJ-001,脱水菜加工工,杭锦后旗绿源食品有限公司,陕坝镇,C,全职,20,3500,4500,初中以上,包食宿,周经理,13904782001",
                    "HJ-002,枸杞采摘工,杭锦后旗团结镇枸杞基地,团结镇,A,季节性用工,80,130,180,日结（元/天）,接送上下班,吴队长,13904782002",
                    "HJ-003,物流装卸工,河套物流园,头道桥镇,G,全职,10,4000,5000,男性，45岁以下,五险,郑主管,13904782003",
                    "HJ-004,餐厅服务员,陕坝镇河套人家饭店,陕坝镇,H,全职,5,2600,3200,,包吃住,孙老板,13904782004")),
                    "demo.csv", new JobImport.Options("150826", "就业服务平台", false, "UPLOAD", null));
            AuthUser hr = staff("hr", "150822");
            posting.create(new JobRequest("电焊工", "磴口县鑫达钢结构有限公司", "BYGL", "E", "FULL_TIME", 3, null, null, true,
                    "持焊工证", "五险一金", "钢结构厂房焊接", "高工", "04788662233", until, null), hr);
            long approved = fileNeed("dev-owner-1", "果蔬分拣员", 12, until.minusDays(10));
            review.approve(approved, new HiringNeedReview.Approval("SEASONAL", "A", null, null, "包午餐"), hr);
            fileNeed("dev-owner-2", "仓库保管员", 1, until.minusDays(5));
            log.info("dev demo jobs written: imports for 磴口县 and 杭锦后旗, one HR post, two hiring needs (one approved)");
        } catch (RuntimeException e) {
            log.warn("dev demo jobs not (all) written, the dev mode runs on without them: {}", e.toString(), e);
        }
    }

    private long fileNeed(String ownerCode, String title, int headcount, LocalDate deadline) {
        String openid = cn.dengkou.bizservice.wechat.sim.WechatSimulator.openidFor(ownerCode);
        long userId = jdbc.queryForObject("SELECT id FROM app_user WHERE openid = ?", Long.class, openid);
        AuthUser owner = new AuthUser(userId, Set.of(Role.OWNER), null);
        return filing.file(new HiringNeedRequest(List.of(new HiringNeedRequest.Position(title, headcount, 3000, 4000)),
                null, deadline, "业主", "13904783001", "旺季用工"), owner).id();
    }

    private AuthUser staff(String username, String county) {
        long id = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
        return new AuthUser(id, Set.of(Role.HR), "HRSS", county, Set.of(county));
    }

    private static byte[] csv(LocalDate until, List<String> rows) {
        StringBuilder b = new StringBuilder(HEADER);
        rows.forEach(r -> b.append(r).append(',').append(until).append('\n'));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
