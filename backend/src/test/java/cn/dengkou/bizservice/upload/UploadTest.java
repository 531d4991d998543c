package cn.dengkou.bizservice.upload;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads are checked by content and size; files are public only while a visible notice carries them. */
@IntegrationTest
class UploadTest {

    private static final String UPLOADS = "/api/v1/admin/uploads";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    Api.Response upload(String token, String filename, byte[] content) {
        return api.upload(UPLOADS, token, filename, content);
    }

    long uploadOk(String token, String filename, byte[] content) {
        Api.Response r = upload(token, filename, content);
        assertThat(r.status()).as(filename + ": " + r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void everyAllowedTypeIsRecognisedByItsContent() throws IOException {
        String staff = users.staffToken(Role.ASSOCIATION);
        Map<String, byte[]> files = new HashMap<>();
        files.put("政策原文.pdf", PDF);
        files.put("海报.png", PNG);
        files.put("现场照片.jpeg", JPG);
        files.put("申报表.docx", docx());
        files.put("名单.xlsx", xlsx());
        files.put("旧版名单.xls", xls());
        files.put("旧版申报表.doc", doc());
        Map<String, String> expected = Map.of("政策原文.pdf", "PDF", "海报.png", "PNG", "现场照片.jpeg", "JPG",
                "申报表.docx", "DOCX", "名单.xlsx", "XLSX", "旧版名单.xls", "XLS", "旧版申报表.doc", "DOC");
        for (var e : files.entrySet()) {
            Api.Response r = upload(staff, e.getKey(), e.getValue());
            assertThat(r.status()).as(e.getKey() + " " + r.body()).isEqualTo(201);
            assertThat(r.json().get("type").asText()).isEqualTo(expected.get(e.getKey()));
            assertThat(r.json().get("name").asText()).isEqualTo(e.getKey());
            assertThat(r.json().get("size").asLong()).isEqualTo(e.getValue().length);
            Map<String, Object> row = jdbc.queryForMap("SELECT storage_key, sha256, county FROM stored_file WHERE id = ?",
                    r.json().get("id").asLong());
            assertThat((String) row.get("storage_key")).matches("[0-9a-f]{32}").doesNotContain(e.getKey());
            assertThat((String) row.get("sha256")).hasSize(64);
            assertThat(row.get("county")).as("the uploader's division").isEqualTo("150822");
        }
        // no extension: the shown name gets the real one
        assertThat(upload(staff, "scan", PDF).json().get("name").asText()).isEqualTo("scan.pdf");
        // a path in the name is never used as one
        Api.Response path = upload(staff, "../../etc/passwd.pdf", PDF);
        assertThat(path.status()).isEqualTo(201);
        assertThat(path.json().get("name").asText()).isEqualTo("passwd.pdf");
    }

    @Test
    void otherContentIsRefusedWhateverItsName() throws IOException {
        String staff = users.staffToken(Role.ADMIN);
        Map<String, byte[]> bad = new HashMap<>();
        bad.put("virus.pdf", "MZ\u0090\u0000 this program cannot be run".getBytes(StandardCharsets.ISO_8859_1));
        bad.put("page.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        bad.put("page.html", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        bad.put("archive.docx", zipWith("readme.txt"));
        bad.put("image.svg", "<svg onload=alert(1)></svg>".getBytes(StandardCharsets.UTF_8));
        bad.put("ole.doc", oleWith("SomethingElse"));
        for (var e : bad.entrySet()) {
            Api.Response r = upload(staff, e.getKey(), e.getValue());
            assertThat(r.status()).as(e.getKey()).isEqualTo(400);
            assertThat(r.code()).as(e.getKey()).isEqualTo("UPLOAD_TYPE_NOT_ALLOWED");
        }
        Api.Response renamed = upload(staff, "photo.pdf", PNG);
        assertThat(renamed.code()).isEqualTo("UPLOAD_TYPE_NOT_ALLOWED");
        assertThat(renamed.json().get("detail").asText()).contains("PNG");

        Api.Response empty = upload(staff, "empty.pdf", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.code()).isEqualTo("VALIDATION_FAILED");

        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Api.Response tooBig = upload(staff, "big.pdf", big);
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.code()).isEqualTo("PAYLOAD_TOO_LARGE");

        Api.Response noPart = api.raw("POST", UPLOADS, staff, "--x--\r\n".getBytes(), "multipart/form-data; boundary=x", Map.of());
        assertThat(noPart.status()).isEqualTo(400);
        Api.Response json = api.post(UPLOADS, staff, Map.of("file", "x"));
        assertThat(json.status()).isEqualTo(415);
    }

    @Test
    void onlyNoticeStaffMayUpload() {
        assertThat(upload(null, "a.pdf", PDF).status()).isEqualTo(401);
        assertThat(upload(users.newOwnerToken(), "a.pdf", PDF).status()).isEqualTo(403);
        assertThat(upload(users.staffToken(Role.HR), "a.pdf", PDF).status()).isEqualTo(403);
        assertThat(upload(users.staffToken(Role.DEPARTMENT, "TAX"), "a.pdf", PDF).status()).isEqualTo(201);
    }

    @Test
    void aFileIsPublicOnlyWhileAVisibleNoticeCarriesIt() {
        String staff = users.staffToken(Role.DEPARTMENT, "TAX");
        String owner = users.newOwnerToken();
        long file = uploadOk(staff, "申报指南.pdf", PDF);
        String url = "/api/v1/files/" + file;

        assertThat(api.get(url, null).status()).isEqualTo(404);
        assertThat(api.get(url, owner).code()).isEqualTo("FILE_NOT_FOUND");
        Api.Response forStaff = api.get(url, staff);
        assertThat(forStaff.status()).isEqualTo(200);
        assertThat(forStaff.body().getBytes(StandardCharsets.ISO_8859_1)).startsWith((byte) '%', (byte) 'P');

        Map<String, Object> n = notice("附件公告", List.of(file));
        Api.Response created = api.post("/api/v1/admin/notices", staff, n);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        JsonNodeAssert.attachments(api.get("/api/v1/admin/notices/" + id, staff), file);
        assertThat(api.get(url, null).status()).isEqualTo(404);

        assertThat(api.post("/api/v1/admin/notices/" + id + "/publish", staff, Map.of()).status()).isEqualTo(200);
        Api.Response open = api.get(url, null);
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.contentType()).isEqualTo("application/pdf");
        assertThat(open.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline").contains("UTF-8''");
        assertThat(open.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        JsonNodeAssert.attachments(api.get("/api/v1/notices/" + id, null), file);

        assertThat(api.post("/api/v1/admin/notices/" + id + "/withdraw", staff, null).status()).isEqualTo(200);
        assertThat(api.get(url, null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/files/999999999", staff).code()).isEqualTo("FILE_NOT_FOUND");
    }

    @Test
    void aFileNoNoticeCarriesIsSeenByItsUploaderAndAdminOnly() {
        String uploader = users.staffToken(Role.ASSOCIATION);
        long file = uploadOk(uploader, "未使用的附件.pdf", PDF);
        String url = "/api/v1/files/" + file;
        assertThat(api.get(url, uploader).status()).isEqualTo(200);
        assertThat(api.get(url, users.adminToken()).status()).isEqualTo(200);
        assertThat(api.get(url, users.staffToken(Role.ASSOCIATION)).code()).isEqualTo("FILE_NOT_FOUND");
        assertThat(api.get(url, users.staffToken(Role.DEPARTMENT, "TAX")).code()).isEqualTo("FILE_NOT_FOUND");
        assertThat(api.get(url, users.staffToken(Role.HR)).status()).isEqualTo(404);
        assertThat(api.get(url, users.newOwnerToken()).status()).isEqualTo(404);
        assertThat(api.get(url, null).status()).isEqualTo(404);
    }

    @Test
    void beforePublishingStaffWhoManageANoticeCarryingTheFileMaySeeIt() {
        String author = users.staffToken(Role.DEPARTMENT, "TAX");
        long file = uploadOk(author, "草稿附件.pdf", PDF);
        String url = "/api/v1/files/" + file;
        Api.Response created = api.post("/api/v1/admin/notices", author, notice("草稿附件公告", List.of(file)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(api.get(url, users.staffToken(Role.DEPARTMENT, "TAX")).status()).as("a colleague").isEqualTo(200);
        assertThat(api.get(url, users.staffToken(Role.ASSOCIATION)).status()).isEqualTo(200);
        assertThat(api.get(url, users.staffToken(Role.DEPARTMENT, "SAMR")).code()).as("another department")
                .isEqualTo("FILE_NOT_FOUND");
        assertThat(api.get(url, users.staffToken(Role.HR)).status()).isEqualTo(404);
        assertThat(api.get(url, users.newOwnerToken()).status()).isEqualTo(404);
        assertThat(api.get(url, null).status()).isEqualTo(404);
    }

    @Test
    void departmentStaffAttachOnlyTheirOwnUploadsAndUnknownIdsAre400() {
        String tax = users.staffToken(Role.DEPARTMENT, "TAX");
        String other = users.staffToken(Role.DEPARTMENT, "TAX");
        long theirs = uploadOk(other, "别人的.pdf", PDF);
        Api.Response r = api.post("/api/v1/admin/notices", tax, notice("引用别人的附件", List.of(theirs)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("errors").get(0).get("field").asText()).isEqualTo("attachments");
        Api.Response unknown = api.post("/api/v1/admin/notices", tax, notice("不存在的附件", List.of(987_654_321L)));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(api.post("/api/v1/admin/notices", users.adminToken(), notice("管理员引用", List.of(theirs))).status())
                .isEqualTo(201);
    }

    private static Map<String, Object> notice(String title, List<Long> attachments) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("body", "<p>见附件</p>");
        m.put("category", "POLICY");
        m.put("departments", List.of("TAX"));
        m.put("attachments", attachments);
        return m;
    }

    /** Small assertion helper for the attachments array of a notice response. */
    static final class JsonNodeAssert {
        static void attachments(Api.Response r, long fileId) {
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            var a = r.json().get("attachments");
            assertThat(a).hasSize(1);
            assertThat(a.get(0).get("id").asLong()).isEqualTo(fileId);
            assertThat(a.get(0).get("url").asText()).isEqualTo("/api/v1/files/" + fileId);
            assertThat(a.get(0).get("contentType").asText()).isEqualTo("application/pdf");
        }
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("申报表");
            d.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook w = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.createSheet("名单").createRow(0).createCell(0).setCellValue("张三");
            w.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xls() throws IOException {
        try (HSSFWorkbook w = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.createSheet("名单").createRow(0).createCell(0).setCellValue("张三");
            w.write(out);
            return out.toByteArray();
        }
    }

    /** An OLE2 container with a WordDocument stream is what the sniffer calls a .doc. */
    private static byte[] doc() throws IOException {
        return oleWith("WordDocument");
    }

    private static byte[] oleWith(String stream) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), stream);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] zipWith(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
