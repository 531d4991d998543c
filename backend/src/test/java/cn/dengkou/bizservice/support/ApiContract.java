package cn.dengkou.bizservice.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The committed {@code miniprogram-api-docs/openapi.json} as a contract: every answer the suite receives
 * from the published API ({@code /api/…}) must be one the document declares — its status listed (a success
 * status explicitly, errors at least by {@code default}), its content type among those listed, its body
 * matching the schema with no undocumented property (Atlassian's swagger-request-validator). An answer to
 * a path or method the document does not have (404, 405 from routing) must still be the documented
 * {@code Problem}.
 *
 * <p>{@link Api} checks every response it returns; a test with its own HTTP client calls {@link #verify}.
 * With {@code -Dapi.contract=report} violations are appended to {@code target/api-contract-violations.txt}
 * instead of failing the test (for surveying a change that touches many answers).
 */
public final class ApiContract {

    /** The committed document, relative to the repository root. */
    public static final String DOCUMENT = "miniprogram-api-docs/openapi.json";

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<String> ROUTING_MISSES = Set.of(
            "validation.request.path.missing", "validation.request.operation.notAllowed",
            "validation.response.path.missing", "validation.response.operation.notAllowed");
    private static final Pattern SUCCESS = Pattern.compile("2\\d\\d");
    private static final boolean REPORT_ONLY = "report".equalsIgnoreCase(System.getProperty("api.contract"));

    private static volatile ApiContract committed;

    private final OpenAPI document;
    private final OpenApiInteractionValidator validator;
    private final SchemaValidator schemas;

    private ApiContract(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        this.document = new OpenAPIV3Parser().readContents(json, null, options).getOpenAPI();
        if (document == null) {
            throw new IllegalStateException(DOCUMENT + " is not an OpenAPI document");
        }
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(json).build();
        this.schemas = new SchemaValidator(document, new MessageResolver());
    }

    /** The contract the document text states (for a test that checks the checker). */
    public static ApiContract of(String openApiJson) {
        return new ApiContract(openApiJson);
    }

    /** The committed document, read once per test JVM. */
    public static ApiContract committed() {
        if (committed == null) {
            synchronized (ApiContract.class) {
                if (committed == null) {
                    try {
                        committed = new ApiContract(Files.readString(documentFile(), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return committed;
    }

    /** Fails (or, in report mode, records) when the answer is not one the committed document declares. */
    public static void verify(String method, String pathAndQuery, int status, HttpHeaders headers, byte[] body) {
        committed().check(method, pathAndQuery, status, headers, body);
    }

    /** Fails (or, in report mode, records) when the answer is not one this document declares. */
    public void check(String method, String pathAndQuery, int status, HttpHeaders headers, byte[] body) {
        List<String> violations = violations(method, pathAndQuery, status,
                headers.firstValue("Content-Type").orElse(null), body);
        if (violations.isEmpty()) {
            return;
        }
        String message = "%s %s answered %d, which %s does not declare:%n  - %s%n  body: %s".formatted(
                method, pathAndQuery, status, DOCUMENT, String.join("\n  - ", violations), abbreviated(body));
        if (REPORT_ONLY) {
            record(message);
            return;
        }
        throw new AssertionError(message);
    }

    /** What is wrong with this answer to this request, by the document; empty when nothing is. */
    public List<String> violations(String method, String pathAndQuery, int status, String contentType, byte[] body) {
        String path = pathAndQuery.split("[?#]", 2)[0];
        if (!path.startsWith("/api/")) {
            return List.of(); // not the published API: actuator, the document itself, test helpers
        }
        Request.Method m = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null && body.length > 0) {
            response.withBody(body);
        }
        ValidationReport report = validator.validateResponse(path, m, response.build());
        List<String> violations = new ArrayList<>();
        boolean routingMiss = false;
        for (ValidationReport.Message message : report.getMessages()) {
            if (ROUTING_MISSES.contains(message.getKey())) {
                routingMiss = true;
            } else if (message.getLevel() == ValidationReport.Level.ERROR) {
                violations.add(describe(message));
            }
        }
        if (routingMiss) {
            return problemOutsideTheDocument(status, contentType, body);
        }
        if (SUCCESS.matcher(String.valueOf(status)).matches() && !declaresExplicitly(path, m, status)) {
            violations.add("success status " + status + " is not listed (only `default`, the problem, covers it)");
        }
        return violations;
    }

    /** Routing's own answers (unknown path, wrong method) have no operation: they must still be the Problem. */
    private List<String> problemOutsideTheDocument(int status, String contentType, byte[] body) {
        List<String> violations = new ArrayList<>();
        if (status < 400) {
            violations.add("status " + status + " for a path or method the document does not have");
            return violations;
        }
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(PROBLEM_JSON)) {
            violations.add("content type " + contentType + " instead of " + PROBLEM_JSON);
            return violations;
        }
        String json = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        Schema<?> problem = new Schema<>().$ref("#/components/schemas/Problem");
        schemas.validate(json, problem, "response.body").getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> violations.add(describe(m)));
        return violations;
    }

    private boolean declaresExplicitly(String path, Request.Method method, int status) {
        return document.getPaths().entrySet().stream()
                .filter(e -> matches(e.getKey(), path))
                .map(e -> e.getValue().readOperationsMap().get(
                        io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(method.name())))
                .filter(op -> op != null && op.getResponses() != null)
                .anyMatch(op -> {
                    ApiResponse r = op.getResponses().get(String.valueOf(status));
                    return r != null || op.getResponses().containsKey("2XX");
                });
    }

    /** {@code /api/v1/notices/{id}} matches {@code /api/v1/notices/7}. */
    private static boolean matches(String template, String path) {
        String[] t = template.split("/");
        String[] p = path.split("/");
        if (t.length != p.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            if (!(t[i].startsWith("{") && t[i].endsWith("}")) && !t[i].equals(p[i])) {
                return false;
            }
        }
        return true;
    }

    private static String describe(ValidationReport.Message message) {
        String where = message.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance).filter(s -> !s.isEmpty())
                .map(s -> " at " + s).orElse("");
        return "[" + message.getKey() + "]" + where + " " + message.getMessage();
    }

    private static String abbreviated(byte[] body) {
        if (body == null || body.length == 0) {
            return "(none)";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    private static synchronized void record(String message) {
        try {
            Path file = Path.of("target", "api-contract-violations.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, message + "\n\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire runs in the backend module; an IDE may run from the repository root. */
    public static Path documentFile() {
        if (Files.isRegularFile(Path.of("pom.xml")) && Files.isDirectory(Path.of("src", "main", "java"))) {
            return Path.of("..").resolve(DOCUMENT).normalize();
        }
        if (Files.isDirectory(Path.of("backend"))) {
            return Path.of(DOCUMENT);
        }
        return Path.of("..").resolve(DOCUMENT).normalize();
    }
}
