package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.excel.CellDates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static cn.dengkou.bizservice.job.JobImportColumn.*;

/**
 * Turns an import row into a job draft or a Chinese reason: dictionary values may be codes or names, 面议 in a salary
 * cell means negotiable, and the content goes through the same {@link JobRules} as a staff form.
 */
final class JobImportRows {

    /** A row that may be written. */
    record Accepted(int row, String source, String externalId, JobDraft draft) {
    }

    /** What one row became: exactly one of the two is set. */
    record Outcome(Accepted accepted, String reason) {
    }

    private static final Set<String> YES = Set.of("1", "true", "是", "y", "yes");

    private final String county;
    private final String defaultSource;
    private final LocalDate today;
    private final JobRules rules;
    private final Map<String, String> townships;
    private final Map<String, String> industries;
    private final Map<String, String> types;

    JobImportRows(String county, String defaultSource, LocalDate today, JobRules rules, Dictionaries dictionaries) {
        this.county = county;
        this.defaultSource = defaultSource;
        this.today = today;
        this.rules = rules;
        this.townships = lookup(dictionaries.entries(Dictionaries.TOWNSHIPS, county));
        this.industries = lookup(dictionaries.entries(Dictionaries.INDUSTRIES));
        this.types = lookup(dictionaries.entries(JobRules.JOB_TYPES));
    }

    Outcome parse(JobImportFile.Row r) {
        if (r.problem() != null) {
            return rejected(r.problem());
        }
        String externalId = r.get(EXTERNAL_ID);
        String source = r.get(SOURCE).isEmpty() ? defaultSource : r.get(SOURCE);
        if (externalId.isEmpty() || externalId.length() > 64) {
            return rejected(externalId.isEmpty() ? "缺少外部编号" : "外部编号不能超过64个字符");
        }
        if (source == null || source.isEmpty() || source.length() > 40 || source.equals(JobPosting.MANUAL)) {
            return rejected(source == null || source.isEmpty() ? "缺少来源" : "来源取值无效：" + source);
        }
        String township = code(townships, r.get(TOWNSHIP));
        String industry = code(industries, r.get(INDUSTRY));
        String type = code(types, r.get(TYPE));
        boolean negotiable = YES.contains(r.get(SALARY_NEGOTIABLE).toLowerCase())
                || "面议".equals(r.get(SALARY_MIN)) || "面议".equals(r.get(SALARY_MAX));
        Integer headcount;
        Integer min;
        Integer max;
        try {
            headcount = integer(r, HEADCOUNT);
            min = negotiable ? null : integer(r, SALARY_MIN);
            max = negotiable ? null : integer(r, SALARY_MAX);
        } catch (IllegalArgumentException e) {
            return rejected(e.getMessage());
        }
        String until = r.get(VALID_UNTIL);
        LocalDate validUntil = until.isEmpty() ? null : CellDates.parse(until);
        if (!until.isEmpty() && validUntil == null) {
            return rejected("「截止日期」应为日期（如 2026-12-31）：" + until);
        }
        JobDraft draft = new JobDraft(county, orNull(r.get(TITLE)), orNull(r.get(EMPLOYER)), township, industry, type,
                headcount, min, max, negotiable, orNull(r.get(REQUIREMENTS)), orNull(r.get(BENEFITS)),
                orNull(r.get(DESCRIPTION)), orNull(r.get(CONTACT_NAME)), orNull(r.get(CONTACT_PHONE)), validUntil);
        Map<String, String> errors = rules.check(draft, today);
        if (!errors.isEmpty()) {
            return rejected(String.join("；", errors.values()));
        }
        return new Outcome(new Accepted(r.number(), source, externalId, draft), null);
    }

    private static Outcome rejected(String reason) {
        return new Outcome(null, reason);
    }

    /** name or code → code; an unknown value stays as it is, for JobRules to name. */
    private static String code(Map<String, String> lookup, String value) {
        return value.isEmpty() ? null : lookup.getOrDefault(value, value);
    }

    private static Map<String, String> lookup(Map<String, String> entries) {
        Map<String, String> m = new HashMap<>();
        entries.forEach((code, name) -> {
            m.put(code, code);
            m.putIfAbsent(name, code);
        });
        return m;
    }

    private static Integer integer(JobImportFile.Row r, JobImportColumn c) {
        String v = r.get(c).replace(",", "");
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("「" + c.title + "」应为整数：" + r.get(c));
        }
    }

    private static String orNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
