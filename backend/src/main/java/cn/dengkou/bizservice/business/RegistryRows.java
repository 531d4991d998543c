package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.excel.CellDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks the rows of one registry file in memory: each becomes a registry entry or a rejection
 * listing everything wrong with it. Dictionary columns take the code or the Chinese name.
 * A code seen twice in the file keeps its first good row; later ones are refused.
 * A row's county is its 所属区县 cell, else its code's ({@link BusinessCounty}), else the only served county;
 * it must be one the importing staff member acts in, and its township must be that county's.
 */
final class RegistryRows {

    private final Map<String, Map<String, String>> codes = new HashMap<>();
    /** (dictionary, county) → that county's entries (code → Chinese name); county null = any served county's */
    private final BiFunction<String, String, Map<String, String>> dictionary;
    /** null: rows get no county (unit tests of the other columns) */
    private final Counties counties;
    private final Predicate<String> mayImport;
    private final LocalDate today;
    private final Map<String, Integer> firstRowOf = new HashMap<>();
    private final List<RegistryEntry> accepted = new ArrayList<>();
    private final List<ImportReport.Rejected> rejected = new ArrayList<>();

    /** @param dictionary a dictionary's entries (code → Chinese name) by dictionary name; rows get no county */
    RegistryRows(Function<String, Map<String, String>> dictionary, LocalDate today) {
        this((d, county) -> dictionary.apply(d), null, c -> true, today);
    }

    /** @param mayImport whether the importing staff member acts in a county */
    RegistryRows(BiFunction<String, String, Map<String, String>> dictionary, Counties counties,
                 Predicate<String> mayImport, LocalDate today) {
        this.dictionary = dictionary;
        this.counties = counties;
        this.mayImport = mayImport;
        this.today = today;
    }

    void add(RegistryFile.Row row) {
        List<String> reasons = new ArrayList<>();
        RegistryEntry e = new RegistryEntry();
        e.setUscc(uscc(row.get(RegistryColumn.USCC), reasons));
        e.setCounty(county(row.get(RegistryColumn.COUNTY), e.getUscc(), reasons));
        e.setName(text(row.get(RegistryColumn.NAME), "名称", 200, true, reasons));
        e.setOperatorName(text(row.get(RegistryColumn.OPERATOR_NAME), "经营者", 50, false, reasons));
        e.setKind(code(Dictionaries.BUSINESS_KINDS, null, row.get(RegistryColumn.KIND), "主体类型", true, reasons));
        e.setIndustry(code(Dictionaries.INDUSTRIES, null, row.get(RegistryColumn.INDUSTRY), "行业", false, reasons));
        e.setTownship(code(Dictionaries.TOWNSHIPS, e.getCounty(), row.get(RegistryColumn.TOWNSHIP), "乡镇", false,
                reasons));
        e.setRegisteredOn(date(row.get(RegistryColumn.REGISTERED_ON), reasons));
        e.setTaxpayerType(code(Dictionaries.TAXPAYER_TYPES, null, row.get(RegistryColumn.TAXPAYER_TYPE), "纳税人类型",
                false, reasons));
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

    /** The file row an accepted code came from. */
    int rowOf(String uscc) {
        return firstRowOf.get(uscc);
    }

    private String county(String cell, String uscc, List<String> reasons) {
        if (counties == null) {
            return null;
        }
        String county;
        if (!cell.isEmpty()) {
            county = BusinessCounty.fromCell(cell, counties);
            if (county == null) {
                reasons.add("所属区县不在本平台服务范围：" + cell);
                return null;
            }
        } else if (uscc == null) {
            return null;
        } else {
            county = BusinessCounty.fromUscc(uscc, counties);
            if (county == null) {
                county = counties.single();
            }
            if (county == null) {
                reasons.add("无法从统一社会信用代码确定所属区县，请填写「所属区县」列");
                return null;
            }
        }
        if (!mayImport.test(county)) {
            reasons.add("所属区县为" + counties.name(county) + "，不在您的管辖范围");
            return null;
        }
        return county;
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

    /** {@code county}: the row's county, whose entries only are taken (null = any served county's). */
    private String code(String dict, String county, String value, String label, boolean required,
                        List<String> reasons) {
        if (value.isEmpty()) {
            if (required) {
                reasons.add(label + "为空");
            }
            return null;
        }
        String code = codes.computeIfAbsent(dict + "|" + county, k -> codeOrNameLookup(dict, county))
                .get(value.toUpperCase(Locale.ROOT));
        if (code == null) {
            reasons.add(label + "不存在：" + value + (county == null || counties == null || !counties.isSeveral() ? ""
                    : "（" + counties.name(county) + "）"));
        }
        return code;
    }

    /** Upper-cased code or Chinese name → code. */
    private Map<String, String> codeOrNameLookup(String dict, String county) {
        Map<String, String> lookup = new HashMap<>();
        dictionary.apply(dict, county).forEach((code, name) -> {
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
