package cn.dengkou.bizservice.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A refusal the client caused or can act on; becomes problem+json with its stable code. */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final List<Map<String, String>> errors;
    /** Seconds after which a refused request may be tried again ({@code Retry-After}); null = no header. */
    private Long retryAfterSeconds;

    public ApiException(ErrorCode code) {
        this(code, code.defaultDetail());
    }

    public ApiException(ErrorCode code, String detail) {
        this(code, detail, null);
    }

    private ApiException(ErrorCode code, String detail, List<Map<String, String>> errors) {
        super(detail);
        this.code = code;
        this.errors = errors;
    }

    /** VALIDATION_FAILED listing each bad field (field → Chinese detail, in order), like bean validation does. */
    public static ApiException invalidFields(Map<String, String> fieldErrors) {
        List<Map<String, String>> errors = new ArrayList<>();
        fieldErrors.forEach((field, detail) -> errors.add(Problems.fieldError(field, detail)));
        return new ApiException(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.defaultDetail(), List.copyOf(errors));
    }

    /** The same refusal with a {@code Retry-After} header (a rate limit: 429). */
    public ApiException retryAfter(long seconds) {
        this.retryAfterSeconds = Math.max(1, seconds);
        return this;
    }

    /** Seconds for {@code Retry-After}, or null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ErrorCode code() {
        return code;
    }

    /** The field errors of a validation refusal, else null. */
    public List<Map<String, String>> errors() {
        return errors;
    }
}
