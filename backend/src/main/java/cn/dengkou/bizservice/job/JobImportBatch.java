package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.search.TermIndex;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one batch of accepted import rows inside the import's transaction: rows whose (source, externalId) exists
 * update their job (a CLOSED or EXPIRED one opens again; FILLED stays filled), the others insert; one statement per
 * kind per batch, then the batch's search terms at once. Every written job is stamped with the run.
 */
@Component
class JobImportBatch {

    /** What the batch did. */
    record Result(List<Long> created, int updated, List<Long> reopened, Map<Integer, String> rejected) {
    }

    private static final String COLUMNS = "title = ?, employer = ?, township = ?, industry = ?, job_type = ?, headcount = ?,"
            + " salary_min = ?, salary_max = ?, salary_negotiable = ?, requirements = ?, benefits = ?, description = ?,"
            + " contact_name = ?, contact_phone = ?, valid_until = ?";
    // MySQL assigns left to right: published_at and closed_at read the old status before status changes
    private static final String UPDATE = "UPDATE job SET " + COLUMNS + ", import_run_id = ?, updated_at = ?,"
            + " published_at = CASE WHEN status IN ('CLOSED', 'EXPIRED') THEN ? ELSE published_at END,"
            + " closed_at = CASE WHEN status IN ('CLOSED', 'EXPIRED') THEN NULL ELSE closed_at END,"
            + " status = CASE WHEN status IN ('CLOSED', 'EXPIRED') THEN 'OPEN' ELSE status END WHERE id = ?";
    private static final String INSERT = "INSERT INTO job (title, employer, township, industry, job_type, headcount,"
            + " salary_min, salary_max, salary_negotiable, requirements, benefits, description, contact_name, contact_phone,"
            + " valid_until, county, status, source, external_id, import_run_id, contact_reveals, created_by, updated_by,"
            + " created_at, updated_at, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, 0,"
            + " ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TermIndex terms;

    JobImportBatch(JdbcTemplate jdbc, TermIndex terms) {
        this.jdbc = jdbc;
        this.terms = terms;
    }

    Result write(List<JobImportRows.Accepted> rows, String county, long runId, Long actor, LocalDateTime now) {
        Timestamp at = Timestamp.valueOf(now);
        Map<String, Existing> existing = existing(rows);
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        List<JobImportRows.Accepted> inserted = new ArrayList<>();
        List<Long> reopened = new ArrayList<>();
        Map<Long, String[]> texts = new LinkedHashMap<>();
        Map<Integer, String> rejected = new LinkedHashMap<>();
        for (JobImportRows.Accepted r : rows) {
            Existing e = existing.get(key(r.source(), r.externalId()));
            if (e != null && !e.county().equals(county)) {
                rejected.put(r.row(), "该外部编号已是其他区县（旗）的岗位");
            } else if (e != null) {
                updates.add(concat(content(r.draft()), runId, at, at, e.id()));
                texts.put(e.id(), r.draft().searchTexts());
                if (e.status().equals("CLOSED") || e.status().equals("EXPIRED")) {
                    reopened.add(e.id());
                }
            } else {
                inserts.add(concat(content(r.draft()), county, r.source(), r.externalId(), runId, actor, actor, at, at, at));
                inserted.add(r);
            }
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate(UPDATE, updates);
        }
        List<Long> created = new ArrayList<>();
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(INSERT, inserts);
            Map<String, Existing> ids = existing(inserted);
            for (JobImportRows.Accepted r : inserted) {
                long id = ids.get(key(r.source(), r.externalId())).id();
                created.add(id);
                texts.put(id, r.draft().searchTexts());
            }
        }
        terms.indexAll(Job.KIND, texts);
        return new Result(created, updates.size(), reopened, rejected);
    }

    private record Existing(long id, String county, String status) {
    }

    /** (source, externalId) → the job already holding it, one query per source in the batch. */
    private Map<String, Existing> existing(List<JobImportRows.Accepted> rows) {
        Map<String, List<String>> bySource = new HashMap<>();
        rows.forEach(r -> bySource.computeIfAbsent(r.source(), s -> new ArrayList<>()).add(r.externalId()));
        Map<String, Existing> m = new HashMap<>();
        bySource.forEach((source, ids) -> {
            String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
            List<Object> args = new ArrayList<>(ids.size() + 1);
            args.add(source);
            args.addAll(ids);
            // FOR UPDATE: a concurrent import of the same rows waits instead of inserting a duplicate key
            jdbc.query("SELECT id, county, status, external_id FROM job WHERE source = ? AND external_id IN (" + marks
                    + ") FOR UPDATE", rs -> {
                m.put(key(source, rs.getString(4)), new Existing(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }, args.toArray());
        });
        return m;
    }

    private static Object[] content(JobDraft d) {
        return new Object[] {d.title(), d.employer(), d.township(), d.industry(), d.type(), d.headcount(),
                d.salaryNegotiable() ? null : d.salaryMin(), d.salaryNegotiable() ? null : d.salaryMax(),
                d.salaryNegotiable(), d.requirements(), d.benefits(), d.description(), d.contactName(), d.contactPhone(),
                java.sql.Date.valueOf(d.validUntil())};
    }

    private static Object[] concat(Object[] head, Object... tail) {
        Object[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private static String key(String source, String externalId) {
        return source + '\u0000' + externalId;
    }
}
