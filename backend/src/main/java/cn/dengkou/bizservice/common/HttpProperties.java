package cn.dengkou.bizservice.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code app.http.*}: the largest non-multipart request body the API reads. */
@ConfigurationProperties("app.http")
record HttpProperties(DataSize maxBodySize) {

    HttpProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
    }
}
