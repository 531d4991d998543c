package cn.dengkou.bizservice.common.excel;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** An .xlsx file as an HTTP download under a Chinese file name. */
public final class XlsxDownload {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxDownload() {
    }

    /**
     * 200 with the workbook as an attachment. The name goes out as RFC 5987 {@code filename*=UTF-8''…} (with an
     * encoded {@code filename} for old clients), so 公告12触达统计.xlsx arrives intact in browsers and WeChat.
     */
    public static ResponseEntity<byte[]> of(String filename, byte[] xlsx) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(xlsx);
    }

    /** Builds the workbook, sends it, and deletes its temporary files. */
    public static ResponseEntity<byte[]> of(String filename, Consumer<XlsxWriter> sheets) {
        try (XlsxWriter writer = new XlsxWriter()) {
            sheets.accept(writer);
            return of(filename, writer.toBytes());
        }
    }
}
