package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Dictionaries;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one check of a job's content, for staff forms, import rows and approved hiring needs alike: field → Chinese
 * reason, empty when the job may be written.
 */
@Component
class JobRules {

    static final String JOB_TYPES = "job-types";
    static final int MAX_SALARY = 1_000_000;
    static final int MAX_HEADCOUNT = 10_000;
    /** Mobile or landline (0478-1234567), digits and one dash. */
    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

    private final Dictionaries dictionaries;

    JobRules(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    Map<String, String> check(JobDraft d, LocalDate today) {
        Map<String, String> e = new LinkedHashMap<>();
        text(e, "title", d.title(), 100, "岗位名称");
        text(e, "employer", d.employer(), 100, "用工单位");
        if (d.township() != null && !dictionaries.contains(Dictionaries.TOWNSHIPS, d.county(), d.township())) {
            e.put("township", "乡镇取值无效：" + d.township());
        }
        if (d.industry() != null && !dictionaries.contains(Dictionaries.INDUSTRIES, d.industry())) {
            e.put("industry", "行业取值无效：" + d.industry());
        }
        if (d.type() == null || d.type().isBlank()) {
            e.put("type", "请选择用工类型");
        } else if (!dictionaries.contains(JOB_TYPES, d.type())) {
            e.put("type", "用工类型取值无效：" + d.type());
        }
        if (d.headcount() == null || d.headcount() < 1 || d.headcount() > MAX_HEADCOUNT) {
            e.put("headcount", "招聘人数应为 1 到 " + MAX_HEADCOUNT + " 之间的整数");
        }
        salary(e, d);
        if (d.contactPhone() == null || d.contactPhone().isBlank()) {
            e.put("contactPhone", "请填写联系电话");
        } else if (!PHONE.matcher(d.contactPhone()).matches()) {
            e.put("contactPhone", "联系电话格式不正确：应为11位手机号或带区号的固定电话");
        }
        if (d.contactName() != null && d.contactName().length() > 40) {
            e.put("contactName", "联系人不能超过40字");
        }
        longText(e, "requirements", d.requirements(), 2000, "任职要求");
        longText(e, "benefits", d.benefits(), 500, "福利待遇");
        longText(e, "description", d.description(), 4000, "岗位描述");
        if (d.validUntil() == null) {
            e.put("validUntil", "请填写招聘截止日期");
        } else if (d.validUntil().isBefore(today)) {
            e.put("validUntil", "招聘截止日期不能早于今天（" + today + "）");
        } else if (d.validUntil().isAfter(today.plusYears(1))) {
            e.put("validUntil", "招聘截止日期最多为一年以后");
        }
        return e;
    }

    private static void salary(Map<String, String> e, JobDraft d) {
        if (d.salaryNegotiable()) {
            return; // 面议: the bounds are not stored
        }
        Integer min = d.salaryMin();
        Integer max = d.salaryMax();
        if (min == null && max == null) {
            e.put("salaryMin", "请填写月薪范围，或选择“面议”");
            return;
        }
        if ((min != null && (min < 0 || min > MAX_SALARY)) || (max != null && (max < 0 || max > MAX_SALARY))) {
            e.put("salaryMin", "月薪应为 0 到 " + MAX_SALARY + " 元之间");
        } else if (min != null && max != null && min > max) {
            e.put("salaryMax", "最高月薪不能低于最低月薪");
        }
    }

    private static void text(Map<String, String> e, String field, String value, int max, String label) {
        if (value == null || value.isBlank()) {
            e.put(field, "请填写" + label);
        } else if (value.length() > max) {
            e.put(field, label + "不能超过" + max + "字");
        }
    }

    private static void longText(Map<String, String> e, String field, String value, int max, String label) {
        if (value != null && value.length() > max) {
            e.put(field, label + "不能超过" + max + "字");
        }
    }
}
