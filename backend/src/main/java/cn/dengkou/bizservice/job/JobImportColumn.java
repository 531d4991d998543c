package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.excel.SheetHeader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of an imported job: the JSON key (also accepted as a CSV/XLSX header) and the Chinese headers a
 * spreadsheet may use. Only the columns marked required must be present (source may come from the request instead).
 */
enum JobImportColumn {
    EXTERNAL_ID("externalId", true, "外部编号", "岗位编号"),
    SOURCE("source", false, "来源", "数据来源"),
    TITLE("title", true, "岗位名称", "岗位"),
    EMPLOYER("employer", true, "用工单位", "招聘单位"),
    TOWNSHIP("township", false, "乡镇", "所在乡镇"),
    INDUSTRY("industry", false, "行业"),
    TYPE("type", true, "用工类型", "岗位类型"),
    HEADCOUNT("headcount", true, "招聘人数", "人数"),
    SALARY_MIN("salaryMin", false, "最低月薪", "月薪下限"),
    SALARY_MAX("salaryMax", false, "最高月薪", "月薪上限"),
    SALARY_NEGOTIABLE("salaryNegotiable", false, "面议"),
    REQUIREMENTS("requirements", false, "任职要求", "岗位要求"),
    BENEFITS("benefits", false, "福利待遇", "福利"),
    DESCRIPTION("description", false, "岗位描述", "工作内容"),
    CONTACT_NAME("contactName", false, "联系人"),
    CONTACT_PHONE("contactPhone", true, "联系电话", "电话"),
    VALID_UNTIL("validUntil", true, "截止日期", "有效期至");

    final String key;
    final boolean required;
    final String title;
    private final List<String> headers;

    private static final Map<String, JobImportColumn> BY_HEADER = new HashMap<>();

    static {
        for (JobImportColumn c : values()) {
            BY_HEADER.put(SheetHeader.normalize(c.key), c);
            c.headers.forEach(h -> BY_HEADER.put(SheetHeader.normalize(h), c));
        }
    }

    JobImportColumn(String key, boolean required, String... headers) {
        this.key = key;
        this.required = required;
        this.title = headers[0];
        this.headers = List.of(headers);
    }

    /** The column a header cell or JSON key names, or null. */
    static JobImportColumn byHeader(String header) {
        return header == null ? null : BY_HEADER.get(SheetHeader.normalize(header));
    }
}
