package cn.dengkou.bizservice.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the problem+json body: RFC 9457 fields plus {@code code} and, for validation, {@code errors}. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail body(ErrorCode code, String detail, List<Map<String, String>> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(code.status(), detail == null ? code.defaultDetail() : detail);
        p.setType(URI.create("urn:problem:" + code.name().toLowerCase().replace('_', '-')));
        p.setTitle(code.status().getReasonPhrase());
        p.setProperty("code", code.name());
        if (errors != null && !errors.isEmpty()) {
            p.setProperty("errors", errors);
        }
        return p;
    }

    static ResponseEntity<Object> response(ErrorCode code, String detail, List<Map<String, String>> errors) {
        return ResponseEntity.status(code.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(code, detail, errors));
    }

    static Map<String, String> fieldError(String field, String detail) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("detail", detail);
        return m;
    }

    /** For filters that answer before Spring MVC runs (security, body limits, idempotency). */
    public static void write(HttpServletResponse response, ObjectMapper json, ErrorCode code) throws IOException {
        response.setStatus(code.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body(code, null, null));
    }
}
