package cn.dengkou.bizservice.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Who did what to a notice, when; readable by ADMIN. Written in the same transaction as the change. */
@Component
class NoticeAuditTrail {

    /** What happened. CREATE and UPDATE are "writing": their actors may not approve the notice. */
    enum Action { CREATE, UPDATE, SUBMIT, APPROVE, REJECT, PUBLISH, SCHEDULE, RELEASE, WITHDRAW }

    /** One entry; {@code actorId} null for the release job. */
    record Entry(long id, Long actorId, String action, Map<String, Object> changes, LocalDateTime at) {
    }

    private final NoticeAuditMapper audit;
    private final ObjectMapper json;

    NoticeAuditTrail(NoticeAuditMapper audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json;
    }

    void record(long noticeId, Long actorId, Action action, Map<String, ?> changes, LocalDateTime now) {
        audit.insert(noticeId, actorId, action.name(), changes == null || changes.isEmpty() ? null : write(changes), now);
    }

    List<Entry> entries(long noticeId) {
        return audit.entries(noticeId).stream().map(r -> new Entry(
                ((Number) r.get("id")).longValue(),
                r.get("actorId") == null ? null : ((Number) r.get("actorId")).longValue(),
                (String) r.get("action"),
                read((String) r.get("changes")),
                toLocal(r.get("createdAt")))).toList();
    }

    /** {field: {from, to}} for every field whose value differs. */
    static Map<String, Object> diff(Map<String, Object> before, Map<String, Object> after) {
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

    private static LocalDateTime toLocal(Object v) {
        return v instanceof java.sql.Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) v;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize audit changes", e);
        }
    }

    private Map<String, Object> read(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            return json.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audit changes are not valid JSON", e);
        }
    }
}
