package cn.dengkou.bizservice.upload;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code app.upload.*}.
 *
 * @param dir     where {@link LocalFileStorage} keeps files (default {@code uploads} under the working directory)
 * @param maxSize the largest accepted file (default 20MB); above 20MB raise {@code spring.servlet.multipart.*} too
 */
@ConfigurationProperties("app.upload")
record UploadProperties(String dir, DataSize maxSize) {

    UploadProperties {
        dir = dir == null || dir.isBlank() ? "uploads" : dir;
        maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
    }
}
