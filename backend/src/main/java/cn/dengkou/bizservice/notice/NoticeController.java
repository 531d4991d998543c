package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.common.RenderedJson;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Owners and guests read published notices. */
@RestController
@Tag(name = "政策通知", description = "经营者与游客浏览已发布的政策通知，适合本主体的排在前面并说明原因")
@RequestMapping("/api/v1/notices")
@PreAuthorize(Access.PUBLIC)
class NoticeController {

    /** {@code ?size=} of {@code GET /notices/recommended}: 1..20, default 5. */
    record RecommendedQuery(@Min(1) @Max(20) Integer size) {

        RecommendedQuery {
            size = size == null ? 5 : size;
        }
    }

    private final NoticeReading reading;
    private final NoticeListing listing;
    private final NoticeCounties counties;

    NoticeController(NoticeReading reading, NoticeListing listing, NoticeCounties counties) {
        this.reading = reading;
        this.listing = listing;
        this.counties = counties;
    }

    /**
     * Published and valid; filter by category and department codes and keywords ({@code q}: every
     * word must occur in the title, summary or body). For an owner with a verified business the
     * notices that fit it come first, each with its {@code matchReasons}; otherwise newest first.
     * {@code county} (several served counties): the county a guest or unbound user picked; a bound owner reads
     * their business's county; left out, every served county's notices.
     */
    @GetMapping
    RenderedJson<PageResult<NoticeViews.OwnerItem>> list(@RequestParam(required = false) String category,
                                           @RequestParam(required = false) String department,
                                           @RequestParam(required = false) String q,
                                           @RequestParam(required = false) String county,
                                           @Valid PageQuery page, @AuthenticationPrincipal AuthUser user) {
        return listing.list(new NoticeListing.Query(category, department, q, counties.readerCounty(user, county)),
                page, user);
    }

    /** The newest notices that fit the caller's verified business (empty for guests and unbound owners). */
    @GetMapping("/recommended")
    NoticeViews.Recommended recommended(@Valid RecommendedQuery query, @AuthenticationPrincipal AuthUser user) {
        return listing.recommended(query.size(), counties.readerCounty(user, null), user);
    }

    /** Counts the first read of a logged-in owner. Withdrawn or unpublished → 404 (staff who manage it may preview). */
    @GetMapping("/{id}")
    NoticeViews.OwnerDetail get(@PathVariable long id, @AuthenticationPrincipal AuthUser user) {
        return reading.get(id, user);
    }
}
