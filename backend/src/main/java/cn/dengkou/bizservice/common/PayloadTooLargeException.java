package cn.dengkou.bizservice.common;

import java.io.IOException;

/** Thrown while reading a request body that goes past the configured limit. */
class PayloadTooLargeException extends IOException {
    PayloadTooLargeException() {
        super("request body too large");
    }
}
