package cn.dengkou.bizservice.upload;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * The file types notices may carry, recognised by their content: magic bytes, and for the
 * container formats what is inside (OOXML parts for docx/xlsx, OLE2 streams for doc/xls).
 */
enum FileType {
    PDF("pdf", "application/pdf", true),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false),
    DOC("doc", "application/msword", false),
    XLS("xls", "application/vnd.ms-excel", false),
    JPG("jpg", "image/jpeg", true),
    PNG("png", "image/png", true);

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    final String extension;
    final String contentType;
    /** Browsers may show it in place; office files are always downloaded. */
    final boolean inline;

    FileType(String extension, String contentType, boolean inline) {
        this.extension = extension;
        this.contentType = contentType;
        this.inline = inline;
    }

    /** What the file really is, or empty when it is none of the allowed types. */
    static Optional<FileType> sniff(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, n, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, n, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, n, JPG_MAGIC)) {
            return Optional.of(JPG);
        }
        if (startsWith(head, n, ZIP_MAGIC)) {
            return ooxml(file);
        }
        if (startsWith(head, n, OLE2_MAGIC)) {
            return ole2(file);
        }
        return Optional.empty();
    }

    /** The type an extension names ({@code jpeg} is {@code jpg}), if it is one of ours. */
    static Optional<FileType> ofExtension(String filename) {
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        String wanted = ext.equals("jpeg") ? "jpg" : ext;
        return Arrays.stream(values()).filter(t -> t.extension.equals(wanted)).findFirst();
    }

    private static Optional<FileType> ooxml(Path file) {
        // Only the central directory is read: entry names, nothing decompressed.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(XLSX);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<FileType> ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("WordDocument")) {
                return Optional.of(DOC);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return Optional.of(XLS);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] head, int n, byte[] magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
