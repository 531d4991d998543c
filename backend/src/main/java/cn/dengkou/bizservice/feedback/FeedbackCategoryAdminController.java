package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Each feedback category's default responsible department and SLAs in working days, kept by ADMIN. */
@RestController
@Tag(name = "后台·诉求分类", description = "管理员维护各诉求分类的默认责任部门及首次答复、办结时限（工作日），修改只对之后提交的诉求生效")
@RequestMapping("/api/v1/admin/feedback-categories")
@PreAuthorize(Access.ADMIN)
class FeedbackCategoryAdminController {

    private final FeedbackCategories categories;

    FeedbackCategoryAdminController(FeedbackCategories categories) {
        this.categories = categories;
    }

    /** Every category of the dictionary with its department and SLAs (3 and 15 working days where none are set). */
    @GetMapping
    List<FeedbackCategories.CategoryView> list() {
        return categories.list();
    }

    /** Sets a category's department and SLAs; tickets already submitted keep their due dates. */
    @PutMapping("/{code}")
    FeedbackCategories.CategoryView update(@PathVariable String code,
                                           @Valid @RequestBody FeedbackCategories.CategoryRequest request,
                                           @AuthenticationPrincipal AuthUser user) {
        return categories.update(code, request, user);
    }
}
