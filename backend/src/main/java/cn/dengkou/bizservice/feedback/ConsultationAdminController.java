package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.excel.Column;
import cn.dengkou.bizservice.common.excel.XlsxDownload;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Staff who manage a notice open it for comment, read and mark the opinions, and export them with counts. */
@RestController
@Tag(name = "后台·征求意见", description = "管理政策通知的工作人员发起征求意见、查看意见并标记采纳或知悉、按镇和主体类型导出")
@RequestMapping("/api/v1/admin/consultations")
@PreAuthorize(Access.NOTICE_STAFF)
class ConsultationAdminController {

    private record Count(String name, long count) {
    }

    private static final List<Column<Consultations.OpinionView>> OPINIONS = List.of(
            Column.<Consultations.OpinionView>integer("编号", Consultations.OpinionView::id).width(8),
            Column.<Consultations.OpinionView>dateTime("提交时间", Consultations.OpinionView::createdAt).width(18),
            Column.<Consultations.OpinionView>text("意见", Consultations.OpinionView::content).width(60),
            Column.<Consultations.OpinionView>text("处理", Consultations.OpinionView::status).width(10),
            Column.<Consultations.OpinionView>text("答复", Consultations.OpinionView::reply).width(30));
    private static final List<Column<Count>> COUNTS = List.of(
            Column.<Count>text("分组", Count::name).width(20), Column.<Count>integer("意见数", Count::count).width(10));

    private final Consultations consultations;
    private final Dictionaries dictionaries;

    ConsultationAdminController(Consultations consultations, Dictionaries dictionaries) {
        this.consultations = consultations;
        this.dictionaries = dictionaries;
    }

    /** Opens a published notice the caller manages for comment until {@code deadline}. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Consultations.ConsultationView open(@Valid @RequestBody Consultations.ConsultationRequest request,
                                        @AuthenticationPrincipal AuthUser user) {
        return consultations.open(request, user);
    }

    @GetMapping("/{noticeId}/opinions")
    List<Consultations.OpinionView> opinions(@PathVariable long noticeId, @AuthenticationPrincipal AuthUser user) {
        return consultations.all(noticeId, user);
    }

    @PostMapping("/{noticeId}/opinions/{opinionId}/adopt")
    Consultations.OpinionView adopt(@PathVariable long noticeId, @PathVariable long opinionId,
                                    @Valid @RequestBody Consultations.DecisionRequest request,
                                    @AuthenticationPrincipal AuthUser user) {
        return consultations.decide(noticeId, opinionId, true, request, user);
    }

    @PostMapping("/{noticeId}/opinions/{opinionId}/note")
    Consultations.OpinionView note(@PathVariable long noticeId, @PathVariable long opinionId,
                                   @Valid @RequestBody Consultations.DecisionRequest request,
                                   @AuthenticationPrincipal AuthUser user) {
        return consultations.decide(noticeId, opinionId, false, request, user);
    }

    /** Every opinion, and counts by township and by kind of business. */
    @GetMapping("/{noticeId}/opinions.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long noticeId, @AuthenticationPrincipal AuthUser user) {
        List<Consultations.OpinionView> all = consultations.all(noticeId, user);
        List<Count> byTownship = counts(all, o -> o.township() == null ? "未填镇（苏木）"
                : dictionaries.nameOf(Dictionaries.TOWNSHIPS, o.township()));
        List<Count> byKind = counts(all, o -> dictionaries.nameOf(Dictionaries.BUSINESS_KINDS, o.kind()));
        return XlsxDownload.of("征求意见" + noticeId + ".xlsx", out -> out.sheet("意见", OPINIONS, all)
                .sheet("按镇（苏木）", COUNTS, byTownship).sheet("按主体类型", COUNTS, byKind));
    }

    private static List<Count> counts(List<Consultations.OpinionView> all, Function<Consultations.OpinionView, String> key) {
        Map<String, Long> m = all.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        return m.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }
}
