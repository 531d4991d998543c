package cn.dengkou.bizservice.upload;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Staff upload attachments; who may download one is {@link FileViewers}' answer (the features decide for their files). */
@Service
class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);
    private static final int MAX_NAME = 100;

    record UploadView(long id, String name, String type, String contentType, long size, String url) {
        static UploadView of(StoredFile f) {
            return new UploadView(f.getId(), f.getOriginalName(), f.getFileType(), f.getContentType(), f.getSizeBytes(),
                    "/api/v1/files/" + f.getId());
        }
    }

    private final StoredFileMapper files;
    private final FileStorage storage;
    private final FileViewers viewers;
    private final UploadProperties props;
    private final Clock clock;

    Uploads(StoredFileMapper files, FileStorage storage, FileViewers viewers, UploadProperties props, Clock clock) {
        this.files = files;
        this.storage = storage;
        this.viewers = viewers;
        this.props = props;
        this.clock = clock;
    }

    UploadView store(MultipartFile upload, AuthUser staff) {
        return store(upload, staff, EnumSet.allOf(FileType.class), props.maxSize(), ErrorCode.UPLOAD_TYPE_NOT_ALLOWED.defaultDetail());
    }

    /** {@code allowed}: the types this upload may be (else {@code refusal}); {@code maxSize}: its size limit. */
    UploadView store(MultipartFile upload, AuthUser staff, Set<FileType> allowed, DataSize maxSize, String refusal) {
        if (upload == null || upload.isEmpty()) {
            throw ApiException.invalidFields(Map.of("file", "请选择要上传的文件"));
        }
        if (upload.getSize() > maxSize.toBytes()) {
            throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "文件不能超过 " + maxSize.toMegabytes() + "MB");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("upload-", ".bin");
            String sha256 = copy(upload, temp, maxSize);
            FileType type = FileType.sniff(temp).filter(allowed::contains)
                    .orElseThrow(() -> new ApiException(ErrorCode.UPLOAD_TYPE_NOT_ALLOWED, refusal));
            String name = displayName(upload.getOriginalFilename(), type);
            Optional<FileType> named = FileType.ofExtension(upload.getOriginalFilename());
            if (named.isPresent() && named.get() != type) {
                throw new ApiException(ErrorCode.UPLOAD_TYPE_NOT_ALLOWED,
                        "文件内容是 " + type.extension.toUpperCase() + "，与扩展名不符");
            }
            if (named.isEmpty()) {
                name = name + "." + type.extension; // the shown name says what the file really is
            }
            String key = UUID.randomUUID().toString().replace("-", "");
            storage.save(key, temp);
            StoredFile f = new StoredFile();
            f.setStorageKey(key);
            f.setOriginalName(name);
            f.setContentType(type.contentType);
            f.setFileType(type.name());
            f.setSizeBytes(Files.size(temp));
            f.setSha256(sha256);
            f.setUploadedBy(staff.id());
            f.setCounty(staff.county());
            f.setCreatedAt(LocalDateTime.now(clock));
            files.insert(f);
            log.info("file {} uploaded by user {}: {} {} bytes", f.getId(), staff.id(), type, f.getSizeBytes());
            return UploadView.of(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    record Download(StoredFile file, FileType type, InputStream content) {
    }

    /** The file if this user (null: a guest) may download it ({@link FileViewers}); 404 otherwise. */
    Download open(long id, AuthUser user) {
        StoredFile f = files.selectById(id);
        if (f == null || !viewers.maySee(f, user)) {
            throw new ApiException(ErrorCode.FILE_NOT_FOUND);
        }
        try {
            return new Download(f, FileType.valueOf(f.getFileType()), storage.open(f.getStorageKey()));
        } catch (IOException e) {
            log.error("file {} missing from storage", id);
            throw new ApiException(ErrorCode.FILE_NOT_FOUND);
        }
    }

    private String copy(MultipartFile upload, Path target, DataSize maxSize) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long limit = maxSize.toBytes();
        try (InputStream in = upload.getInputStream();
             OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "文件不能超过 " + maxSize.toMegabytes() + "MB");
                }
                out.write(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The user's file name without any path, control characters or an overlong tail; shown, never used as a path. */
    private static String displayName(String original, FileType type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "附件." + type.extension;
        }
        return name.length() <= MAX_NAME ? name : name.substring(name.length() - MAX_NAME).strip();
    }
}
