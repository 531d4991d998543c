package cn.dengkou.bizservice.upload;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.nio.charset.StandardCharsets;

@RestController
@Tag(name = "后台·附件上传", description = "员工上传政策通知附件；附件按通知的可见范围下载")
@RequestMapping("/api/v1")
class UploadController {

    private final Uploads uploads;

    UploadController(Uploads uploads) {
        this.uploads = uploads;
    }

    /** Multipart field {@code file}: PDF, Word (doc/docx), Excel (xls/xlsx), JPG or PNG, checked by content. */
    @PostMapping(value = "/admin/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.NOTICE_STAFF)
    Uploads.UploadView upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal AuthUser staff) {
        return uploads.store(file, staff);
    }

    /**
     * Anyone while a feature makes the file public (a published notice carries it); else its uploader, ADMIN
     * and whom the feature lets (staff managing a notice that carries it); 404 otherwise.
     */
    @GetMapping("/files/{id}")
    @PreAuthorize(Access.PUBLIC)
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @AuthenticationPrincipal AuthUser user) {
        Uploads.Download d = uploads.open(id, user);
        ContentDisposition disposition = (d.type().inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(d.file().getOriginalName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.file().getContentType()))
                .contentLength(d.file().getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(d.content()));
    }
}
