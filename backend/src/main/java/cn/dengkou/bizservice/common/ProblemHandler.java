package cn.dengkou.bizservice.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The one place where exceptions become {@code application/problem+json} with a stable code. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException e) {
        ResponseEntity<Object> r = Problems.response(e.code(), e.getMessage(), e.errors());
        if (e.retryAfterSeconds() != null) {
            return ResponseEntity.status(r.getStatusCode()).headers(r.getHeaders())
                    .header("Retry-After", Long.toString(e.retryAfterSeconds())).body(r.getBody());
        }
        return r;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean guest = auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
        return Problems.response(guest ? ErrorCode.UNAUTHORIZED : ErrorCode.FORBIDDEN, null, null);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraint(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Problems.fieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return Problems.response(ErrorCode.VALIDATION_FAILED, null, errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.response(ErrorCode.VALIDATION_FAILED, null,
                List.of(Problems.fieldError(e.getName(), mismatch(e.getRequiredType()))));
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<Object> bind(BindException e) {
        return Problems.response(ErrorCode.VALIDATION_FAILED, null, fieldErrors(e));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge() {
        return Problems.response(ErrorCode.PAYLOAD_TOO_LARGE, null, null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        log.error("unhandled error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return Problems.response(ErrorCode.INTERNAL_ERROR, null, null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.response(ErrorCode.VALIDATION_FAILED, null, fieldErrors(e));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> {
            String field = err instanceof FieldError fe ? fe.getField() : r.getMethodParameter().getParameterName();
            errors.add(Problems.fieldError(field, err.getDefaultMessage()));
        }));
        return Problems.response(ErrorCode.VALIDATION_FAILED, null, errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(e, PayloadTooLargeException.class)) {
            return Problems.response(ErrorCode.PAYLOAD_TOO_LARGE, null, null);
        }
        return Problems.response(ErrorCode.MALFORMED_JSON, null, null);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.response(ErrorCode.VALIDATION_FAILED, null,
                List.of(Problems.fieldError(e.getParameterName(), "不能为空")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.response(ErrorCode.VALIDATION_FAILED, null,
                List.of(Problems.fieldError(e.getRequestPartName(), "不能为空")));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.response(ErrorCode.PAYLOAD_TOO_LARGE, null, null);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> multipart(MultipartException e) {
        if (causedBy(e, PayloadTooLargeException.class) || e instanceof MaxUploadSizeExceededException
                || String.valueOf(e.getMessage()).contains("SizeLimitExceeded")) {
            return Problems.response(ErrorCode.PAYLOAD_TOO_LARGE, null, null);
        }
        return Problems.response(ErrorCode.VALIDATION_FAILED, "上传内容无法解析", null);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.response(ErrorCode.NOT_FOUND, null, null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> r = Problems.response(ErrorCode.METHOD_NOT_ALLOWED, null, null);
        HttpHeaders h = new HttpHeaders();
        h.putAll(r.getHeaders());
        if (e.getSupportedHttpMethods() != null) {
            h.setAllow(e.getSupportedHttpMethods());
        }
        return new ResponseEntity<>(r.getBody(), h, r.getStatusCode());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.response(ErrorCode.UNSUPPORTED_MEDIA_TYPE, null, null);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // Any other framework exception: keep its status, give it our shape and a code.
        ErrorCode code = switch (status.value()) {
            case 400 -> ErrorCode.VALIDATION_FAILED;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> status.is4xxClientError() ? ErrorCode.VALIDATION_FAILED : ErrorCode.INTERNAL_ERROR;
        };
        if (e instanceof MissingRequestHeaderException mh) {
            return Problems.response(code, null, List.of(Problems.fieldError(mh.getHeaderName(), "不能为空")));
        }
        if (code == ErrorCode.INTERNAL_ERROR) {
            log.error("framework error {}", status, e);
        }
        return Problems.response(code, null, null);
    }

    private static List<Map<String, String>> fieldErrors(BindException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        // a value that did not convert carries Spring's English text (and a class name) as its message
        e.getFieldErrors().forEach(fe -> errors.add(Problems.fieldError(fe.getField(),
                fe.isBindingFailure() || fe.getDefaultMessage() == null
                        ? mismatch(fe.contains(TypeMismatchException.class)
                                ? fe.unwrap(TypeMismatchException.class).getRequiredType() : null)
                        : fe.getDefaultMessage())));
        e.getGlobalErrors().forEach(ge -> errors.add(Problems.fieldError(ge.getObjectName(), ge.getDefaultMessage())));
        return errors;
    }

    /** What a user reads for a value that is not of the parameter's type: the allowed values of an enum. */
    private static String mismatch(@Nullable Class<?> type) {
        if (type != null && type.isEnum()) {
            return "取值须为 " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining("、")) + " 之一";
        }
        return "格式不正确";
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

}
