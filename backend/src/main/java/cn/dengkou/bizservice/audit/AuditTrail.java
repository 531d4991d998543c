package cn.dengkou.bizservice.audit;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.common.SubjectKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who did what to a subject (kind, id), when, with a small JSON detail: one trail for every feature.
 * A feature records in the same transaction as the change and may show its own subjects' trails to
 * its staff; ADMIN reads them all ({@code GET /admin/audit}).
 */
@Component
public class AuditTrail {

    /** Keys a detail must never carry: what they hold would outlive its secrecy in the trail. */
    private static final Pattern SECRET_KEY = Pattern.compile(".*(password|token|secret).*");
    /** Seven digits in a row under a phone key is more than a masked number shows. */
    private static final Pattern LONG_DIGITS = Pattern.compile(".*\\d{7,}.*");

    /** One entry; {@code actorId} null for a system job. */
    @Schema(name = "AuditEntry")
    public record Entry(long id, String subjectKind, long subjectId, @Schema(nullable = true) Long actorId,
                        String action, Map<String, Object> detail, LocalDateTime at) {
    }

    private final AuditEntryMapper entries;
    private final ObjectMapper json;

    AuditTrail(AuditEntryMapper entries, ObjectMapper json) {
        this.entries = entries;
        this.json = json;
    }

    /** Appends an entry; an empty detail is stored as none. Refuses details with secrets (a programming error). */
    public void record(String kind, long subjectId, Long actorId, Enum<?> action, Map<String, ?> detail,
                       LocalDateTime now) {
        record(kind, subjectId, null, actorId, action, detail, now);
    }

    /**
     * The same for a subject of a county (a business, a staff account): county ADMINs read only their counties'
     * entries (a notice: its county). {@code county} null = a subject of no county.
     */
    public void record(String kind, long subjectId, String county, Long actorId, Enum<?> action,
                       Map<String, ?> detail, LocalDateTime now) {
        AuditEntry e = new AuditEntry();
        e.setSubjectKind(SubjectKind.check(kind));
        e.setSubjectId(subjectId);
        e.setCounty(county);
        e.setActorId(actorId);
        e.setAction(action.name());
        e.setDetail(detail == null || detail.isEmpty() ? null : write(checked(detail)));
        e.setCreatedAt(now);
        entries.insert(e);
    }

    /** The subject's trail, oldest first. */
    public List<Entry> entries(String kind, long subjectId) {
        return entries.ofSubject(SubjectKind.check(kind), subjectId).stream().map(this::entry).toList();
    }

    /** Whether the user did any of the actions to the subject (e.g. wrote the notice they now want to approve). */
    public boolean actedAny(String kind, long subjectId, long userId, Collection<? extends Enum<?>> actions) {
        return entries.actedAny(SubjectKind.check(kind), subjectId, userId, actions.stream().map(Enum::name).toList());
    }

    /**
     * The same question inside a feature's own conditional UPDATE, for {@code notExists(sql, userId)}:
     * {@code SELECT 1 …} of the entries of the row at {@code subjectIdColumn} by the user {@code {0}}.
     */
    public static String actedSql(String kind, String subjectIdColumn, Collection<? extends Enum<?>> actions) {
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("no actions to look for");
        }
        return "SELECT 1 FROM audit_entry a WHERE a.subject_kind = '" + SubjectKind.check(kind) + "'"
                + " AND a.subject_id = " + SubjectKind.column(subjectIdColumn) + " AND a.actor_id = {0}"
                + " AND a.action IN (" + actions.stream().map(a -> "'" + a.name() + "'").collect(Collectors.joining(", "))
                + ")";
    }

    /** {field: {from, to}} for every field whose value differs. */
    public static Map<String, Object> diff(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> d = new LinkedHashMap<>();
        after.forEach((field, to) -> {
            Object from = before.get(field);
            if (!Objects.equals(from, to)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("from", from);
                change.put("to", to);
                d.put(field, change);
            }
        });
        return d;
    }

    /** ADMIN's view: newest first; a null kind or id is no filter. */
    /** {@code counties}: the reader's counties (null = every one). */
    PageResult<Entry> page(String kind, Long subjectId, Collection<String> counties, PageQuery page) {
        if (subjectId != null && kind == null) {
            throw ApiException.invalidFields(Map.of("subjectId", "按主体编号查询时须同时指定 subjectKind"));
        }
        return PageResult.of(entries.page(kind, subjectId, counties, page.toPage()), this::entry);
    }

    private Entry entry(AuditEntry e) {
        return new Entry(e.getId(), e.getSubjectKind(), e.getSubjectId(), e.getActorId(), e.getAction(),
                read(e.getDetail()), e.getCreatedAt());
    }

    private static Map<String, ?> checked(Map<String, ?> detail) {
        detail.forEach((key, value) -> {
            String k = key.toLowerCase(Locale.ROOT);
            if (SECRET_KEY.matcher(k).matches()
                    || k.contains("phone") && value != null && LONG_DIGITS.matcher(value.toString()).matches()) {
                throw new IllegalArgumentException("an audit detail may not hold " + key);
            }
            if (value instanceof Map<?, ?> nested) {
                Map<String, Object> m = new LinkedHashMap<>();
                nested.forEach((nk, nv) -> m.put(String.valueOf(nk), nv));
                checked(m);
            }
        });
        return detail;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize audit detail", e);
        }
    }

    private Map<String, Object> read(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            return json.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audit detail is not valid JSON", e);
        }
    }
}
