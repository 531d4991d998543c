package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.excel.SheetHeader;

import java.util.HashMap;
import java.util.Map;

/** The columns of a registry extract, found by their header: the Chinese one, an English alias or a common variant. */
enum RegistryColumn {
    USCC(true, "统一社会信用代码", "uscc", "社会信用代码", "信用代码"),
    NAME(true, "名称", "name", "主体名称", "企业名称"),
    OPERATOR_NAME(true, "经营者", "operatorName", "经营者姓名", "法定代表人"),
    KIND(true, "主体类型", "kind"),
    INDUSTRY(true, "行业", "industry", "行业门类"),
    TOWNSHIP(true, "乡镇", "township", "所属乡镇"),
    REGISTERED_ON(true, "成立日期", "registeredOn", "注册日期"),
    TAXPAYER_TYPE(false, "纳税人类型", "taxpayerType"),
    /** Where the business operates, when its code does not say (registered elsewhere): a code or a county's name. */
    COUNTY(false, "所属区县", "county", "区划代码", "所属区划", "所属旗县", "区县");

    private static final Map<String, RegistryColumn> BY_HEADER = new HashMap<>();

    static {
        for (RegistryColumn c : values()) {
            for (String h : c.headers) {
                BY_HEADER.put(SheetHeader.normalize(h), c);
            }
        }
    }

    final boolean required;
    private final String[] headers;

    RegistryColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = headers;
    }

    /** The Chinese header, as staff know it. */
    String title() {
        return headers[0];
    }

    /** The column a header cell names, or null; spaces, case and the "*" of required-field marks do not matter. */
    static RegistryColumn byHeader(String cell) {
        return cell == null ? null : BY_HEADER.get(SheetHeader.normalize(cell));
    }
}
