package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An owner's favourite notices and recently viewed ones. */
@RestController
@Tag(name = "政策通知·收藏与浏览", description = "经营者收藏政策通知、查看收藏与最近浏览")
@RequestMapping("/api/v1/me")
@PreAuthorize(Access.OWNER)
class MyNoticeController {

    private final NoticeShelf shelf;

    MyNoticeController(NoticeShelf shelf) {
        this.shelf = shelf;
    }

    /** 201 when newly favourited, 200 when it already was; 404 unless owners can see the notice now (for their county). */
    @PostMapping("/favorites/notices/{id}")
    @ApiResponse(responseCode = "201", description = "新收藏",
            content = @Content(schema = @Schema(implementation = NoticeShelf.Favorited.class)))
    @ApiResponse(responseCode = "200", description = "此前已收藏",
            content = @Content(schema = @Schema(implementation = NoticeShelf.Favorited.class)))
    ResponseEntity<NoticeShelf.Favorited> favorite(@PathVariable long id, @AuthenticationPrincipal AuthUser user) {
        NoticeShelf.Favorited f = shelf.favorite(user, id);
        return ResponseEntity.status(f.created() ? HttpStatus.CREATED : HttpStatus.OK).body(f);
    }

    /** 204 whether or not it was a favourite. */
    @DeleteMapping("/favorites/notices/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unfavorite(@PathVariable long id, @AuthenticationPrincipal AuthUser user) {
        shelf.unfavorite(user.id(), id);
    }

    /** Favourites owners can still see (withdrawn and other counties' ones drop out), the latest favourited first. */
    @GetMapping("/favorites")
    PageResult<NoticeViews.SavedItem> favorites(@Valid PageQuery page, @AuthenticationPrincipal AuthUser user) {
        return shelf.favorites(user, page);
    }

    /** Notices the owner opened ({@code GET /notices/{id}}), the latest view first; withdrawn and other counties' drop out. */
    @GetMapping("/recently-viewed")
    PageResult<NoticeViews.SavedItem> recentlyViewed(@Valid PageQuery page, @AuthenticationPrincipal AuthUser user) {
        return shelf.recentlyViewed(user, page);
    }
}
