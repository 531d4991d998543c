package cn.dengkou.bizservice.dev;

import cn.dengkou.bizservice.common.TimeConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo policy notices for the dev mode, written once into a database that has none. They go
 * through the app's own HTTP API (loopback to {@code local.server.port}) as the demo staff of
 * {@link DemoData}, so body sanitizing, the audit trail, search terms, the catalog and the pushes
 * work exactly as in real use. Runs on {@link ApplicationReadyEvent}, i.e. after every
 * {@code ApplicationRunner} (DemoData's owners exist by then).
 *
 * <p>Twelve notices over several categories, departments and audiences, so that the demo owners
 * ({@code dev-owner-N}) see a ranked list with {@code matchReasons}: most published at once, one
 * through submit → approve (by another staff member) → publish, one scheduled a few days ahead, one
 * whose validity ends in two days, one withdrawn. A failure is logged as a warning; the dev mode
 * runs on without (the rest of) them.
 *
 * <p>{@code @Profile("dev")}: component scanning of the app also finds this class wherever test
 * classes are on the classpath; only {@link DevApplication} runs with the {@code dev} profile.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("dev")
class DemoNotices {

    private static final Logger log = LoggerFactory.getLogger(DemoNotices.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** What happens to a notice after it is created as a draft. */
    private enum Then {
        /** published straight from DRAFT by its author */
        PUBLISH,
        /** submitted by its author, approved by {@code reviewer}, published by its author */
        REVIEW_THEN_PUBLISH,
        /** published with {@code scheduledAt} (SCHEDULED) */
        SCHEDULE,
        /** published, then withdrawn by its author */
        PUBLISH_THEN_WITHDRAW
    }

    private record Demo(String author, String reviewer, Then then, boolean push, LocalDateTime scheduledAt,
                        Map<String, Object> notice) {
    }

    private final JdbcTemplate jdbc;
    private final Environment env;
    private final ObjectMapper json;
    private final Clock clock;

    DemoNotices(JdbcTemplate jdbc, Environment env, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.env = env;
        this.json = json;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void writeOnce() {
        List<Demo> demos = demos(LocalDate.now(clock));
        int written = 0;
        try {
            Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM notice", Integer.class);
            if (existing != null && existing > 0) {
                return;
            }
            Api api = new Api("http://127.0.0.1:" + env.getRequiredProperty("local.server.port"));
            Map<String, String> tokens = new HashMap<>();
            for (Demo d : demos) {
                write(api, tokens, d);
                written++;
            }
            log.info("dev demo notices written through the API: {} (published, reviewed, scheduled, expiring, withdrawn)",
                    written);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            warn(written, demos.size(), e);
        } catch (Exception e) {
            warn(written, demos.size(), e);
        }
    }

    private static void warn(int written, int total, Exception e) {
        log.warn("dev demo notices: only {} of {} written, the dev mode runs on without the rest ({}). "
                + "They are not retried while the database holds any notice; delete .devdata/ to start over.",
                written, total, e.toString(), e);
    }

    private void write(Api api, Map<String, String> tokens, Demo d) throws IOException, InterruptedException {
        String author = token(api, tokens, d.author());
        long id = api.post(author, "/api/v1/admin/notices", d.notice()).get("id").asLong();
        String notices = "/api/v1/admin/notices/" + id;
        Map<String, Object> publish = new LinkedHashMap<>();
        publish.put("push", d.push());
        switch (d.then()) {
            case PUBLISH -> api.post(author, notices + "/publish", publish);
            case REVIEW_THEN_PUBLISH -> {
                api.post(author, notices + "/submit", null);
                api.post(token(api, tokens, d.reviewer()), notices + "/approve", null);
                api.post(author, notices + "/publish", publish);
            }
            case SCHEDULE -> {
                publish.put("scheduledAt", TimeConfig.format(d.scheduledAt()));
                api.post(author, notices + "/publish", publish);
            }
            case PUBLISH_THEN_WITHDRAW -> {
                api.post(author, notices + "/publish", publish);
                api.post(author, notices + "/withdraw", null);
            }
        }
    }

    private String token(Api api, Map<String, String> tokens, String username) throws IOException, InterruptedException {
        String token = tokens.get(username);
        if (token == null) {
            token = api.post(null, "/api/v1/auth/staff-login",
                    Map.of("username", username, "password", DemoData.STAFF_PASSWORD)).get("token").asText();
            tokens.put(username, token);
        }
        return token;
    }

    /** JSON over the loopback; anything but 2xx is an exception naming the call and the answer. */
    private final class Api {

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final String base;

        Api(String base) {
            this.base = base;
        }

        JsonNode post(String token, String path, Object body) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(TIMEOUT)
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
        }
    }

    // ---------------------------------------------------------------- the notices, oldest first

    private static List<Demo> demos(LocalDate today) {
        LocalDate halfYear = today.plusMonths(7).withDayOfMonth(1).minusDays(1);
        LocalDate yearEnd = LocalDate.of(today.plusDays(30).getYear(), 12, 31); // at least a month ahead
        LocalDate nextYearEnd = yearEnd.plusYears(1);
        LocalDate trainingDay = today.plusDays(3);
        LocalDate signUpEnd = today.plusDays(2);
        LocalDate serviceMonth = today.plusDays(3);
        List<Demo> demos = new ArrayList<>();

        demos.add(new Demo("samr", null, Then.PUBLISH, false, null, notice(
                "电子营业执照全面推行，办事“一照通行”",
                "经营主体可在微信小程序“电子营业执照”中免费下载、使用电子营业执照，办理登记、纳税、银行开户等业务不再携带纸质执照。",
                "<p>为进一步优化营商环境，县市场监管局、县政务服务局在全县推行电子营业执照应用。电子营业执照与纸质营业执照具有同等法律效力。</p>"
                        + "<h4>怎样下载</h4>"
                        + "<ol><li>在微信中搜索“电子营业执照”小程序；</li>"
                        + "<li>由法定代表人（经营者）本人实名认证后下载；</li>"
                        + "<li>可授权财务人员、办事人员持照办事。</li></ol>"
                        + "<h4>可以办理的业务</h4>"
                        + "<ul><li>设立、变更、注销登记和年报公示；</li><li>电子税务局登录、发票申领；</li>"
                        + "<li>银行开户、社保和医保登记；</li><li>政府采购、招投标身份核验。</li></ul>"
                        + "<p>查询经营主体信息请登录<a href=\"https://www.gsxt.gov.cn\">国家企业信用信息公示系统</a>。"
                        + "遇到问题可到县政务服务中心市场监管窗口咨询。</p>",
                "MARKET_ENV", List.of("SAMR", "GOVSERVICE"), audience(), null, null)));

        demos.add(new Demo("association", null, Then.PUBLISH, false, null, notice(
                today.getYear() + "年失业保险稳岗返还政策申领指南",
                "上年度未裁员或裁员率低于规定标准的参保企业和个体工商户，可按规定申领失业保险稳岗返还，符合条件的免申即享。",
                "<p>根据自治区人社厅、财政厅有关规定，继续实施失业保险稳岗返还政策。</p>"
                        + "<h4>返还对象和标准</h4>"
                        + "<ul><li>大型企业按上年度实际缴纳失业保险费的30%返还；</li>"
                        + "<li>中小微企业按上年度实际缴纳失业保险费的60%返还；</li>"
                        + "<li>以单位形式参保的个体工商户参照中小微企业执行。</li></ul>"
                        + "<h4>怎样申领</h4>"
                        + "<p>县人社局通过大数据比对筛选符合条件的单位，实行“免申即享”，返还资金直接拨付到单位社保缴费账户。"
                        + "未收到返还的单位可在<a href=\"https://zwfw.nmg.gov.cn\">内蒙古政务服务网</a>查询，或到县人社局就业服务股咨询。</p>",
                "EMPLOYMENT", List.of("HRSS"), audience(), null, endOfDay(yearEnd))));

        demos.add(new Demo("tax", null, Then.PUBLISH, true, null, notice(
                "小微企业和个体工商户税费优惠政策汇编",
                "增值税小规模纳税人月销售额10万元以下免征增值税，小型微利企业减按25%计算应纳税所得额，个体工商户年应纳税所得额不超过200万元的部分减半征收个人所得税。",
                "<p>为帮助经营主体用足用好税费优惠政策，县税务局将现行主要政策汇编如下：</p>"
                        + "<table><thead><tr><th>政策</th><th>适用对象</th><th>内容</th></tr></thead><tbody>"
                        + "<tr><td>增值税起征点</td><td>小规模纳税人</td><td>月销售额10万元以下（季度30万元以下）免征增值税</td></tr>"
                        + "<tr><td>减按1%征收率</td><td>小规模纳税人</td><td>适用3%征收率的应税销售收入减按1%征收</td></tr>"
                        + "<tr><td>企业所得税优惠</td><td>小型微利企业</td><td>减按25%计算应纳税所得额，按20%的税率缴纳</td></tr>"
                        + "<tr><td>“六税两费”减半</td><td>小规模纳税人、小型微利企业、个体工商户</td><td>资源税、城市维护建设税、房产税、城镇土地使用税、印花税（不含证券交易印花税）、耕地占用税和教育费附加、地方教育附加减半征收</td></tr>"
                        + "</tbody></table>"
                        + "<p>以上优惠均可在申报时直接享受，无需备案。政策原文和办税指引见"
                        + "<a href=\"https://www.chinatax.gov.cn\">国家税务总局网站</a>，也可拨打12366纳税服务热线咨询。</p>",
                "FISCAL_TAX", List.of("TAX"),
                audience().kinds("ENTERPRISE").taxpayerTypes("SMALL_SCALE", "GENERAL"), null, endOfDay(nextYearEnd))));

        demos.add(new Demo("office", null, Then.PUBLISH, true, null, notice(
                "关于开展" + today.getYear() + "年度专精特新中小企业和小升规培育库申报的通知",
                "面向已入库培育的小微企业，开展专精特新中小企业认定推荐和小升规培育，对首次升规企业给予一次性奖励。",
                "<p>为推动中小企业走专业化、精细化、特色化、新颖化发展道路，县工信局、县统计局联合开展年度申报工作。</p>"
                        + "<h4>申报条件</h4>"
                        + "<ul><li>在磴口县登记注册、具有独立法人资格的企业；</li>"
                        + "<li>从事特定细分市场一年以上，主营业务收入占比不低于70%；</li>"
                        + "<li>近两年研发投入或技术改造投入持续增长。</li></ul>"
                        + "<h4>支持措施</h4>"
                        + "<p>首次纳入规模以上工业统计的企业给予一次性奖励；入库企业优先推荐创业担保贷款和“科技贷”等金融产品，"
                        + "优先安排技术改造项目。</p>"
                        + "<p>请于" + cn(halfYear) + "前将申报材料报送县工信局中小企业股。</p>",
                "SMALL_TO_SCALE", List.of("INDUSTRY", "STATS"),
                audience().kinds("ENTERPRISE").tags("SMALL_TO_SCALE_POOL", "SPECIALIZED", "DEVELOPMENT"),
                null, endOfDay(halfYear))));

        demos.add(new Demo("office", null, Then.PUBLISH, false, null, notice(
                "“法律服务进商户”活动：免费法律体检",
                "律师和人民调解员走进商户，免费提供合同审查、用工风险排查、消费纠纷调解等法律服务。",
                "<p>县司法局联合县个私协会组织律师事务所、公证处和人民调解委员会开展“法律服务进商户”活动。</p>"
                        + "<ul><li><strong>合同审查：</strong>租赁、采购、加盟合同免费审查；</li>"
                        + "<li><strong>用工体检：</strong>劳动合同、工资支付、社保缴纳风险排查；</li>"
                        + "<li><strong>纠纷化解：</strong>消费纠纷、邻里纠纷由人民调解员上门调解。</li></ul>"
                        + "<p>预约方式：拨打12348公共法律服务热线，或在小程序“意见反馈”中选择“政策咨询”留言。</p>",
                "LEGAL", List.of("JUSTICE", "ASSOCIATION"),
                audience().registeredTo(today.minusYears(1)), null, endOfDay(yearEnd))));

        demos.add(new Demo("association", null, Then.PUBLISH, true, null, notice(
                "纳林湖、奈伦湖景区周边餐饮住宿经营者提质培训",
                "面向餐饮、住宿和文化娱乐经营者，开展服务规范、食品安全和线上营销培训，参训经营者可申请“磴口好味道”推荐。",
                "<p style=\"color:#c00;font-family:SimSun\">为迎接旅游旺季，提升我县特色文旅服务水平，县文旅广局联合县市场监管局举办经营者提质培训。</p>"
                        + "<ul><li>餐饮服务规范与食品安全管理；</li><li>民宿服务标准与消防安全；</li>"
                        + "<li>短视频和团购平台线上营销；</li><li>磴口华莱士蜜瓜、黄河鲤鱼等特色餐饮品牌打造。</li></ul>"
                        + "<p>参训经营者可申请纳入“磴口好味道”推荐名录，由县文旅广局统一宣传推介。</p>"
                        + "<p onclick=\"alert('报名')\">报名请联系县文旅广局产业股。</p>",
                "TOURISM", List.of("CULTURE", "SAMR"),
                audience().industries("H", "R"), null, endOfDay(halfYear))));

        demos.add(new Demo("finance", null, Then.PUBLISH_THEN_WITHDRAW, false, null, notice(
                "“乐购磴口”消费券第二期发放活动",
                "第二期消费券将通过云闪付发放，参与商户请在活动开始前完成报名。",
                "<p>县商贸服务中心、县财政局将开展“乐购磴口”第二期消费券发放活动，覆盖商超、餐饮、家电等行业。</p>"
                        + "<p>参与商户须为在磴口县登记、正常经营的个体工商户或企业，并开通云闪付收款码。</p>",
                "COST_RELIEF", List.of("FINANCE", "COMMERCE"),
                audience().industries("F", "H"), null, endOfDay(yearEnd))));

        demos.add(new Demo("office", null, Then.PUBLISH, true, null, notice(
                "华莱士蜜瓜种植技术培训班报名通知",
                "县农牧和科技局将于" + cn(trainingDay) + "举办蜜瓜种植技术培训，讲授压砂栽培、水肥一体化和病虫害绿色防控，" + cn(signUpEnd) + "18时报名截止。",
                "<p>磴口华莱士蜜瓜是国家地理标志产品。为提高种植效益，县农牧和科技局组织农技专家举办种植技术培训班。</p>"
                        + "<h4>培训安排</h4>"
                        + "<ul><li>时间：" + cn(trainingDay) + "上午9时</li><li>地点：巴彦高勒镇农牧业技术推广中心三楼会议室</li>"
                        + "<li>内容：压砂栽培、水肥一体化、白粉病和蚜虫绿色防控、采后分级与冷链销售</li></ul>"
                        + "<p><strong>报名截止：" + cn(signUpEnd) + "18时</strong>，名额有限，额满即止。培训免费，提供午餐。</p>"
                        + "<p>了解地理标志产品保护：<a href=\"https://www.cnipa.gov.cn\">国家知识产权局</a>。</p>",
                "AGRICULTURE", List.of("AGRI"),
                audience().industries("A").townships("BYGL", "BLNZ", "SJTH"), null,
                signUpEnd.atTime(18, 0))));

        demos.add(new Demo("samr", "association", Then.REVIEW_THEN_PUBLISH, true, null, notice(
                "个体工商户转型升级为企业（个转企）奖励办法",
                "个体工商户转型为企业后，可保留原字号和原有资质，并享受一次性奖励和三年税费、社保补贴支持。",
                "<p>为引导个体工商户转型升级，县市场监管局、县财政局制定个转企奖励办法。</p>"
                        + "<h4>支持政策</h4>"
                        + "<ul><li>转型后可<strong>保留原字号、行业特点和经营场所</strong>，原有许可证在有效期内继续有效；</li>"
                        + "<li>转型企业给予一次性奖励，正常经营满一年后兑现；</li>"
                        + "<li>转型后三年内，房产、土地过户涉及的税费按规定享受减免；</li>"
                        + "<li>优先推荐创业担保贷款和政府采购项目。</li></ul>"
                        + "<h4>办理流程</h4>"
                        + "<p>在<a href=\"https://zwfw.nmg.gov.cn\">内蒙古政务服务网</a>或县政务服务中心市场监管窗口一次办理，"
                        + "个体工商户注销和企业设立同步完成，“一窗受理、一次办结”。</p>",
                "IND_TO_ENT", List.of("SAMR", "FINANCE"),
                audience().kinds("INDIVIDUAL").tags("IND_TO_ENT_POOL", "GROWTH"), null, endOfDay(nextYearEnd))));

        demos.add(new Demo("finance", null, Then.PUBLISH, true, null, notice(
                "个体工商户房租减免政策",
                "承租国有经营用房的困难个体工商户，可申请减免三个月房租，" + cn(halfYear) + "前申报。",
                "<p>为帮助生存型个体工商户降低经营成本，县财政局、县市场监管局对承租国有经营用房的个体工商户实施房租减免。</p>"
                        + "<h4>申报条件</h4>"
                        + "<ul><li>在磴口县登记、正常经营的个体工商户；</li>"
                        + "<li>承租行政事业单位或国有企业的经营用房；</li><li>近一年无严重违法失信记录。</li></ul>"
                        + "<h4>减免标准</h4>"
                        + "<p>减免三个月租金，已缴纳的从后续租金中抵扣；转租、分租的，减免须落实到实际经营的个体工商户。</p>"
                        + "<h4>申报材料</h4>"
                        + "<ol><li>营业执照（电子营业执照亦可）；</li><li>租赁合同；</li><li>减免申请表（到出租单位领取）。</li></ol>"
                        + "<p>同时可申请创业担保贷款财政贴息，详见相关通知。</p>",
                "COST_RELIEF", List.of("FINANCE", "SAMR"),
                audience().kinds("INDIVIDUAL").tags("SURVIVAL"), null, endOfDay(halfYear))));

        demos.add(new Demo("association", null, Then.PUBLISH, true, null, notice(
                "创业担保贷款申请指南：个人最高30万元、小微企业最高400万元",
                "符合条件的个体工商户和小微企业可申请创业担保贷款，财政按规定给予贴息，县融资担保公司提供担保。",
                "<p>县金融办、县人社局、县财政局联合推进创业担保贷款“提额、扩面、增效”。</p>"
                        + "<h4>贷款额度和期限</h4>"
                        + "<ul><li>个人（含个体工商户经营者）：最高30万元，期限最长3年；</li>"
                        + "<li>合伙创业：可按人数适当提高额度，最高不超过110万元；</li>"
                        + "<li>小微企业：最高400万元，期限最长2年。</li></ul>"
                        + "<h4>贴息</h4>"
                        + "<p>贷款利率不超过LPR+150个基点，个人贷款财政贴息比例按规定执行，按时还款的可申请续贷。</p>"
                        + "<h4>申请渠道</h4>"
                        + "<p>到县人社局创业担保贷款窗口或合作银行网点申请，也可在小程序“意见反馈”中选择“融资需求”登记，"
                        + "工作人员将在三个工作日内联系您。</p>",
                "FINANCE", List.of("FINOFFICE", "HRSS", "FINANCE"),
                audience().kinds("INDIVIDUAL", "ENTERPRISE").tags("SURVIVAL", "GROWTH")
                        .townships("BYGL", "LSH", "DK", "BLNZ", "SJTH"), null, endOfDay(nextYearEnd))));

        demos.add(new Demo("association", null, Then.SCHEDULE, true, serviceMonth.atTime(9, 0), notice(
                "磴口县“个体工商户服务月”活动安排",
                "服务月期间，各部门集中开展政策宣讲、上门走访、融资对接和免费培训，为个体工商户办实事、解难题。",
                "<p>根据全区“个体工商户服务月”统一部署，县个私协会联合县市场监管局等部门开展服务月活动。</p>"
                        + "<h4>主要活动</h4>"
                        + "<ul><li><strong>政策宣讲进市场：</strong>到巴彦高勒镇、隆盛合镇、渡口镇、补隆淖镇和沙金套海苏木集中宣讲；</li>"
                        + "<li><strong>上门走访解难题：</strong>分类走访生存型、成长型、发展型个体工商户，建立问题清单；</li>"
                        + "<li><strong>融资对接会：</strong>合作银行现场受理创业担保贷款；</li>"
                        + "<li><strong>免费培训：</strong>电子营业执照、网络直播带货、记账报税。</li></ul>"
                        + "<p>活动自" + cn(serviceMonth) + "起，为期一个月。</p>",
                "MARKET_ENV", List.of("ASSOCIATION", "SAMR"),
                audience().kinds("INDIVIDUAL"), null, endOfDay(serviceMonth.plusMonths(1)))));

        return demos;
    }

    private static Map<String, Object> notice(String title, String summary, String body, String category,
                                              List<String> departments, AudienceBody audience,
                                              LocalDateTime validFrom, LocalDateTime validTo) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("title", title);
        n.put("summary", summary);
        n.put("body", body);
        n.put("category", category);
        n.put("departments", departments);
        n.put("audience", audience.fields);
        n.put("validFrom", validFrom == null ? null : TimeConfig.format(validFrom));
        n.put("validTo", validTo == null ? null : TimeConfig.format(validTo));
        return n;
    }

    private static AudienceBody audience() {
        return new AudienceBody();
    }

    /** The {@code audience} object of a notice request; an untouched one means every owner. */
    private static final class AudienceBody {

        private final Map<String, Object> fields = new LinkedHashMap<>();

        AudienceBody kinds(String... codes) {
            fields.put("kinds", List.of(codes));
            return this;
        }

        AudienceBody industries(String... codes) {
            fields.put("industries", List.of(codes));
            return this;
        }

        AudienceBody townships(String... codes) {
            fields.put("townships", List.of(codes));
            return this;
        }

        AudienceBody tags(String... codes) {
            fields.put("tags", List.of(codes));
            return this;
        }

        AudienceBody taxpayerTypes(String... codes) {
            fields.put("taxpayerTypes", List.of(codes));
            return this;
        }

        AudienceBody registeredTo(LocalDate day) {
            fields.put("registeredTo", day.toString());
            return this;
        }
    }

    private static LocalDateTime endOfDay(LocalDate day) {
        return day.atTime(LocalTime.of(23, 59, 59));
    }

    private static String cn(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
