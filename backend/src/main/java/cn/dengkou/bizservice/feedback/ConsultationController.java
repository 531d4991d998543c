package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.wechat.WechatCalls;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.concurrent.CompletableFuture;

/** Owners comment on draft policies (征求意见) until the deadline and see what became of their opinions. */
@RestController
@Tag(name = "征求意见", description = "政策起草部门征求经营者意见：查看征求意见、在截止前提交意见、查看意见是否被采纳")
@RequestMapping("/api/v1")
class ConsultationController {

    private final Consultations consultations;
    private final WechatCalls wechatCalls;

    ConsultationController(Consultations consultations, WechatCalls wechatCalls) {
        this.consultations = consultations;
        this.wechatCalls = wechatCalls;
    }

    /** The consultation of a published notice: its deadline, and whether the caller may comment. */
    @GetMapping("/consultations/{noticeId}")
    @PreAuthorize(Access.PUBLIC)
    Consultations.ConsultationView get(@PathVariable long noticeId, @AuthenticationPrincipal AuthUser user) {
        return consultations.get(noticeId, user);
    }

    /** Before the deadline (409 after), for owners in the notice's audience; checked by WeChat, off the request threads. */
    @PostMapping("/consultations/{noticeId}/opinions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OWNER)
    CompletableFuture<Consultations.OpinionView> submit(@PathVariable long noticeId,
                                                        @Valid @RequestBody Consultations.OpinionRequest request,
                                                        @AuthenticationPrincipal AuthUser owner) {
        return wechatCalls.run(() -> consultations.submit(noticeId, request, owner));
    }

    /** The owner's opinions with their status (SUBMITTED, ADOPTED, NOTED) and the staff's reply. */
    @GetMapping("/me/opinions")
    @PreAuthorize(Access.OWNER)
    PageResult<Consultations.OpinionView> mine(@Valid PageQuery page, @AuthenticationPrincipal AuthUser owner) {
        return consultations.mine(owner, page);
    }
}
