package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each category's default department and SLAs (working days), kept by ADMIN. Shared by every county, like the
 * category dictionary; a change applies to tickets submitted afterwards (a ticket's due dates are fixed when made).
 */
@Service
class FeedbackCategories {

    /** The department of a category with no row yet (as {@link FeedbackSubmission#insert} routes it). */
    static final String DEFAULT_DEPARTMENT = "ASSOCIATION";

    record CategoryView(String code, String name, String department, String departmentName, int firstResponseDays,
                        int resolutionDays) {
    }

    record CategoryRequest(@NotBlank(message = "不能为空") @Size(max = 40, message = "不能超过40个字") String department,
                           @NotNull(message = "不能为空") @Min(value = 1, message = "不能小于1")
                           @Max(value = 60, message = "不能大于60") Integer firstResponseDays,
                           @NotNull(message = "不能为空") @Min(value = 1, message = "不能小于1")
                           @Max(value = 250, message = "不能大于250") Integer resolutionDays) {
    }

    private final FeedbackCategoryMapper categories;
    private final Dictionaries dictionaries;
    private final AuditTrail audit;
    private final Clock clock;

    FeedbackCategories(FeedbackCategoryMapper categories, Dictionaries dictionaries, AuditTrail audit, Clock clock) {
        this.categories = categories;
        this.dictionaries = dictionaries;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every category of the dictionary, in its order, with its settings (the defaults where it has no row). */
    List<CategoryView> list() {
        Map<String, FeedbackCategory> rows = new LinkedHashMap<>();
        categories.selectList(null).forEach(c -> rows.put(c.getCode(), c));
        return dictionaries.entries(FeedbackSubmission.CATEGORIES).entrySet().stream()
                .map(e -> view(e.getKey(), e.getValue(), rows.get(e.getKey()))).toList();
    }

    @Transactional
    CategoryView update(String code, CategoryRequest r, AuthUser admin) {
        if (!dictionaries.contains(FeedbackSubmission.CATEGORIES, code)) {
            throw new ApiException(ErrorCode.NOT_FOUND, "诉求分类不存在：" + code);
        }
        String department = r.department().strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!dictionaries.contains(Dictionaries.DEPARTMENTS, department)) {
            errors.put("department", "部门无效：" + department);
        }
        if (r.resolutionDays() < r.firstResponseDays()) {
            errors.put("resolutionDays", "办结时限不能短于首次答复时限");
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        FeedbackCategory before = categories.selectById(code);
        FeedbackCategory c = new FeedbackCategory();
        c.setCode(code);
        c.setDepartment(department);
        c.setFirstResponseDays(r.firstResponseDays());
        c.setResolutionDays(r.resolutionDays());
        if (before == null) {
            categories.insert(c);
        } else {
            categories.updateById(c);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("code", code);
        if (before != null) {
            detail.put("from", settings(before));
        }
        detail.put("to", settings(c));
        // the categories have no numeric id and no county: one subject (id 0) of no county holds their history
        audit.record(FeedbackCategory.KIND, 0, null, admin.id(), FeedbackAuditAction.UPDATE, detail,
                LocalDateTime.now(clock));
        return view(code, dictionaries.nameOf(FeedbackSubmission.CATEGORIES, code), c);
    }

    private CategoryView view(String code, String name, FeedbackCategory c) {
        String department = c == null ? DEFAULT_DEPARTMENT : c.getDepartment();
        return new CategoryView(code, name, department, dictionaries.nameOf(Dictionaries.DEPARTMENTS, department),
                c == null ? FeedbackCategory.DEFAULT_FIRST_RESPONSE_DAYS : c.getFirstResponseDays(),
                c == null ? FeedbackCategory.DEFAULT_RESOLUTION_DAYS : c.getResolutionDays());
    }

    private static String settings(FeedbackCategory c) {
        return c.getDepartment() + " " + c.getFirstResponseDays() + "/" + c.getResolutionDays();
    }
}
