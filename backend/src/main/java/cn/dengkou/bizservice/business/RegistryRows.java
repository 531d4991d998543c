package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.excel.CellDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks the rows of one registry file in memory: each becomes a registry entry or a rejection
 * listing everything wrong with it. Dictionary columns take the code or the Chinese name.
 * A code seen twice in the file keeps its first good row; later ones are refused.
 */
final class RegistryRows {

    private final Map<String, Map<String, String>> codes = new HashMap<>();
    private final Function<String, Map<String, String>> dictionary;
    private final LocalDate today;
    private final Map<String, Integer> firstRowOf = new HashMap<>();
    private final List<RegistryEntry> accepted = new ArrayList<>();
    private final List<ImportReport.Rejected> rejected = new ArrayList<>();

    /** @param dictionary a dictionary's entries (code → Chinese name) by dictionary name */
    RegistryRows(Function<String, Map<String, String>> dictionary, LocalDate today) {
        this.dictionary = dictionary;
        this.today = today;
    }

    void add(RegistryFile.Row row) {
        List<String> reasons = new ArrayList<>();
        RegistryEntry e = new RegistryEntry();
        e.setUscc(uscc(row.get(RegistryColumn.USCC), reasons));
        e.setName(text(row.get(RegistryColumn.NAME), "名称", 200, true, reasons));
        e.setOperatorName(text(row.get(RegistryColumn.OPERATOR_NAME), "经营者", 50, false, reasons));
        e.setKind(code(Dictionaries.BUSINESS_KINDS, row.get(RegistryColumn.KIND), "主体类型", true, reasons));
        e.setIndustry(code(Dictionaries.INDUSTRIES, row.get(RegistryColumn.INDUSTRY), "行业", false, reasons));
        e.setTownship(code(Dictionaries.TOWNSHIPS, row.get(RegistryColumn.TOWNSHIP), "乡镇", false, reasons));
        e.setRegisteredOn(date(row.get(RegistryColumn.REGISTERED_ON), reasons));
        e.setTaxpayerType(code(Dictionaries.TAXPAYER_TYPES, row.get(RegistryColumn.TAXPAYER_TYPE), "纳税人类型", false,
                reasons));
        Integer first = e.getUscc() == null ? null : firstRowOf.get(e.getUscc());
        if (first != null) {
            reasons.add("文件内重复：与第" + first + "行的统一社会信用代码相同");
        }
        if (!reasons.isEmpty()) {
            rejected.add(new ImportReport.Rejected(row.number(), String.join("；", reasons)));
            return;
        }
        firstRowOf.put(e.getUscc(), row.number());
        accepted.add(e);
    }

    List<RegistryEntry> accepted() {
        return accepted;
    }

    List<ImportReport.Rejected> rejected() {
        return rejected;
    }

    private static String uscc(String value, List<String> reasons) {
        if (value.isEmpty()) {
            reasons.add("统一社会信用代码为空");
            return null;
        }
        String uscc = Uscc.normalize(value);
        Uscc.Problem problem = Uscc.problem(uscc);
        if (problem != null) {
            reasons.add(problem.reason);
            return null;
        }
        return uscc;
    }

    private static String text(String value, String label, int maxLength, boolean required, List<String> reasons) {
        if (value.isEmpty()) {
            if (required) {
                reasons.add(label + "为空");
            }
            return null;
        }
        if (value.length() > maxLength) {
            reasons.add(label + "超过" + maxLength + "字");
            return null;
        }
        return value;
    }

    private String code(String dict, String value, String label, boolean required, List<String> reasons) {
        if (value.isEmpty()) {
            if (required) {
                reasons.add(label + "为空");
            }
            return null;
        }
        String code = codes.computeIfAbsent(dict, this::codeOrNameLookup).get(value.toUpperCase(Locale.ROOT));
        if (code == null) {
            reasons.add(label + "不存在：" + value);
        }
        return code;
    }

    /** Upper-cased code or Chinese name → code. */
    private Map<String, String> codeOrNameLookup(String dict) {
        Map<String, String> lookup = new HashMap<>();
        dictionary.apply(dict).forEach((code, name) -> {
            lookup.put(name.toUpperCase(Locale.ROOT), code);
            lookup.put(code.toUpperCase(Locale.ROOT), code);
        });
        return lookup;
    }

    private LocalDate date(String value, List<String> reasons) {
        if (value.isEmpty()) {
            return null;
        }
        LocalDate date = CellDates.parse(value);
        if (date == null) {
            reasons.add("成立日期格式错误：" + value);
        } else if (date.isAfter(today)) {
            reasons.add("成立日期晚于今天：" + value);
            return null;
        }
        return date;
    }
}
