package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.Dictionaries;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One import run (an upload or a scheduled pull) in one transaction: rows are read, checked and written in batches as
 * the file streams by, so memory does not grow with the file; a file that stops being readable half-way rolls the
 * whole run back. Bad rows are refused one by one and the rest is written. Afterwards one {@link JobsOpened} carries
 * every job the run created or reopened ({@code import:<runId>}).
 */
@Service
class JobImport {

    /** What to import into: one county; {@code source} for rows without one; {@code closeMissing} = full re-import of it. */
    record Options(String county, String source, boolean closeMissing, String origin, Long actor) {
    }

    static final String KIND = "job-import";
    private static final Logger log = LoggerFactory.getLogger(JobImport.class);
    private static final int BATCH = 500;

    private final JobImportBatch batches;
    private final JobRules rules;
    private final JobEvents events;
    private final Dictionaries dictionaries;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;

    JobImport(JobImportBatch batches, JobRules rules, JobEvents events, Dictionaries dictionaries, AuditTrail audit,
              JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json, Clock clock) {
        this.batches = batches;
        this.rules = rules;
        this.events = events;
        this.dictionaries = dictionaries;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    JobImportReport run(byte[] content, String filename, Options o) {
        long started = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(clock);
        Run run = tx.execute(status -> new Run(o, now).execute(content, filename));
        events.opened(run.opened, "import:" + run.id);
        JobImportReport report = JobImportReport.of(run.id, run.created, run.updated, run.closed, run.rejected);
        log.info("job import run {} ({}, county {}, source {}, full {}): {} created, {} updated, {} closed, {} rejected in {} ms",
                run.id, o.origin(), o.county(), o.source(), o.closeMissing(), report.created(), report.updated(),
                report.closed(), report.rejectedTotal(), (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    /** The state of one run while its file streams by. */
    private final class Run {
        private final Options o;
        private final LocalDateTime now;
        private final JobImportRows parser;
        private final Map<String, Integer> seen = new HashMap<>();
        private final List<String> refusedButListed = new ArrayList<>();
        private final List<JobImportRows.Accepted> batch = new ArrayList<>();
        private final Map<Integer, String> rejected = new TreeMap<>();
        private final List<Long> opened = new ArrayList<>();
        private long id;
        private int created;
        private int updated;
        private int closed;

        Run(Options o, LocalDateTime now) {
            this.o = o;
            this.now = now;
            this.parser = new JobImportRows(o.county(), o.source(), now.toLocalDate(), rules, dictionaries);
        }

        Run execute(byte[] content, String filename) {
            id = insertRun();
            JobImportFile.read(content, filename, o.source() != null, json, this::row);
            flush();
            if (o.closeMissing()) {
                closeMissing();
            }
            jdbc.update("UPDATE job_import_run SET created = ?, updated = ?, rejected = ?, closed = ? WHERE id = ?",
                    created, updated, rejected.size(), closed, id);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("origin", o.origin());
            detail.put("source", o.source());
            detail.put("created", created);
            detail.put("updated", updated);
            detail.put("closed", closed);
            detail.put("rejected", rejected.size());
            audit.record(KIND, id, o.county(), o.actor(), JobAuditAction.IMPORT, detail, now);
            return this;
        }

        private void row(JobImportFile.Row r) {
            JobImportRows.Outcome out = parser.parse(r);
            if (out.reason() != null) {
                rejected.put(r.number(), out.reason());
                String ext = r.get(JobImportColumn.EXTERNAL_ID);
                if (o.closeMissing() && !ext.isEmpty()) {
                    refusedButListed.add(ext); // listed, only unreadable: not "missing from the file"
                }
                return;
            }
            JobImportRows.Accepted a = out.accepted();
            if (o.closeMissing() && !a.source().equals(o.source())) {
                rejected.put(r.number(), "全量导入只接受来源为「" + o.source() + "」的数据，本行来源为「" + a.source() + "」");
                return;
            }
            Integer first = seen.putIfAbsent(a.source() + '\u0000' + a.externalId(), r.number());
            if (first != null) {
                rejected.put(r.number(), "外部编号与第" + first + "行重复：" + a.externalId());
                return;
            }
            batch.add(a);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            JobImportBatch.Result r = batches.write(batch, o.county(), id, o.actor(), now);
            created += r.created().size();
            updated += r.updated();
            opened.addAll(r.created());
            opened.addAll(r.reopened());
            rejected.putAll(r.rejected());
            batch.clear();
        }

        private void closeMissing() {
            for (int from = 0; from < refusedButListed.size(); from += 1000) {
                List<String> chunk = refusedButListed.subList(from, Math.min(refusedButListed.size(), from + 1000));
                List<Object> args = new ArrayList<>(List.of(id, o.county(), o.source()));
                args.addAll(chunk);
                jdbc.update("UPDATE job SET import_run_id = ? WHERE county = ? AND source = ? AND external_id IN ("
                        + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")", args.toArray());
            }
            Timestamp at = Timestamp.valueOf(now);
            // a bulk move on its own SQL, like BusinessMapper.registryMatches: OPEN → CLOSED (JobTransition.CLOSE)
            closed = jdbc.update("UPDATE job SET status = 'CLOSED', closed_at = ?, updated_at = ? WHERE county = ?"
                    + " AND source = ? AND status = 'OPEN' AND (import_run_id IS NULL OR import_run_id <> ?)",
                    at, at, o.county(), o.source(), id);
        }

        private long insertRun() {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(c -> {
                PreparedStatement ps = c.prepareStatement("INSERT INTO job_import_run (county, origin, actor_id, started_at)"
                        + " VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                ps.setString(1, o.county());
                ps.setString(2, o.origin());
                ps.setObject(3, o.actor());
                ps.setTimestamp(4, Timestamp.valueOf(now));
                return ps;
            }, key);
            return key.getKey().longValue();
        }
    }
}
