package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.notice.NoticeSuggestions;
import cn.dengkou.bizservice.upload.OwnerImages;
import cn.dengkou.bizservice.wechat.WechatCalls;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Owners submit difficulties (问情), follow them, reopen and rate them. */
@RestController
@Tag(name = "问情", description = "经营者反映困难和诉求，查看办理进度与回复，重新打开或评价")
@RequestMapping("/api/v1")
class FeedbackController {

    /** {@code ?text=}: what the owner is typing (at most 500 characters); {@code county} as on {@code GET /notices}. */
    record SuggestQuery(@NotBlank(message = "不能为空") @Size(max = 500, message = "不能超过500个字") String text,
                        String county) {
    }

    private final FeedbackSubmission submission;
    private final OwnerTickets owned;
    private final OwnerImages images;
    private final NoticeSuggestions suggestions;
    private final WechatCalls wechatCalls;

    FeedbackController(FeedbackSubmission submission, OwnerTickets owned, OwnerImages images,
                       NoticeSuggestions suggestions, WechatCalls wechatCalls) {
        this.submission = submission;
        this.owned = owned;
        this.images = images;
        this.suggestions = suggestions;
        this.wechatCalls = wechatCalls;
    }

    /** Waits on WeChat's content check, so it runs on {@link WechatCalls}, off the request threads. */
    @PostMapping("/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OWNER)
    CompletableFuture<FeedbackSubmission.FeedbackSubmitted> submit(@AuthenticationPrincipal AuthUser owner,
                                                           @Valid @RequestBody FeedbackSubmission.FeedbackRequest request) {
        return wechatCalls.run(() -> submission.submit(owner, request));
    }

    /** Multipart field {@code file}: a JPG or PNG (checked by content) of at most 5MB, for {@code images} of a submission. */
    @PostMapping(value = "/feedback/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OWNER)
    OwnerImages.OwnerImage image(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal AuthUser owner) {
        return images.store(file, owner);
    }

    @GetMapping("/me/feedback")
    @PreAuthorize(Access.OWNER)
    PageResult<TicketViews.FeedbackItem> mine(@Valid PageQuery page, @AuthenticationPrincipal AuthUser owner) {
        return owned.list(owner, page);
    }

    /** The owner's own ticket with the replies (never internal notes); another's is 404. */
    @GetMapping("/feedback/{id}")
    @PreAuthorize(Access.OWNER)
    TicketViews.FeedbackDetail get(@PathVariable long id, @AuthenticationPrincipal AuthUser owner) {
        return owned.get(id, owner);
    }

    /** Published notices that may already answer the difficulty being typed (at most 5). */
    @GetMapping("/notices/suggest")
    @PreAuthorize(Access.PUBLIC)
    List<NoticeSuggestions.NoticeSuggestion> suggest(@Valid SuggestQuery query, @AuthenticationPrincipal AuthUser user) {
        return suggestions.suggest(query.text(), user, query.county(), 5);
    }

    /** Not satisfied: back to the department, within 7 days of resolution. */
    @PostMapping("/feedback/{id}/reopen")
    @PreAuthorize(Access.OWNER)
    TicketViews.FeedbackDetail reopen(@PathVariable long id, @Valid @RequestBody OwnerTickets.FeedbackReopenRequest request,
                                   @AuthenticationPrincipal AuthUser owner) {
        return owned.reopen(id, request, owner);
    }

    /** 1..5 with an optional comment, once, after RESOLVED (a second rating is 409). */
    @PostMapping("/feedback/{id}/rating")
    @PreAuthorize(Access.OWNER)
    TicketViews.FeedbackDetail rate(@PathVariable long id, @Valid @RequestBody OwnerTickets.FeedbackRatingRequest request,
                                 @AuthenticationPrincipal AuthUser owner) {
        return owned.rate(id, request, owner);
    }
}
