package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.StaffScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Imports a registry extract: the file is read and checked in memory first, then all good rows are
 * upserted in one transaction (batched, ~1,000 per round trip) and pending claims that now match are
 * verified in the same transaction. A file that cannot be read writes nothing.
 */
@Service
class RegistryImport {

    private static final Logger log = LoggerFactory.getLogger(RegistryImport.class);
    private static final int CHUNK = 1000;
    // VALUES() rather than the MySQL-only row alias, so MariaDB and MySQL 8 both take it.
    private static final String UPSERT = "INSERT INTO registry_entry (uscc, county, name, operator_name, kind, industry,"
            + " township, registered_on, taxpayer_type, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE county = VALUES(county), name = VALUES(name), operator_name = VALUES(operator_name),"
            + " kind = VALUES(kind), industry = VALUES(industry), township = VALUES(township),"
            + " registered_on = VALUES(registered_on), taxpayer_type = VALUES(taxpayer_type),"
            + " imported_at = VALUES(imported_at)";

    private final RegistryEntryMapper registry;
    private final BusinessMapper businesses;
    private final Dictionaries dictionaries;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Counties counties;

    RegistryImport(RegistryEntryMapper registry, BusinessMapper businesses, Dictionaries dictionaries,
                   JdbcTemplate jdbc, TransactionTemplate tx, Clock clock, Counties counties) {
        this.counties = counties;
        this.registry = registry;
        this.businesses = businesses;
        this.dictionaries = dictionaries;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** Rows of counties the staff member does not act in are refused, and so are codes another county's registry holds. */
    ImportReport run(MultipartFile file, AuthUser staff) {
        long staffId = staff.id();
        StaffScope scope = BusinessReview.RULE.scopeOf(staff).orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN));
        long started = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(clock);
        RegistryRows rows = new RegistryRows(dictionaries::entries, counties, scope::coversCounty, now.toLocalDate());
        RegistryFile.read(bytes(file), file.getOriginalFilename(), rows::add);
        List<RegistryEntry> entries = rows.accepted();
        // One lock order for every import, so two overlapping imports wait for each other instead of deadlocking.
        entries.sort(Comparator.comparing(RegistryEntry::getUscc));
        ImportReport report = tx.execute(status -> write(entries, rows, scope, now));
        log.info("registry import by staff {}: {} created, {} updated, {} rejected, {} claims verified in {} ms",
                staffId, report.created(), report.updated(), report.rejectedTotal(), report.verified(),
                (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    private ImportReport write(List<RegistryEntry> all, RegistryRows rows, StaffScope scope, LocalDateTime now) {
        long existing = 0;
        List<RegistryEntry> entries = new ArrayList<>(all.size());
        List<ImportReport.Rejected> rejected = new ArrayList<>(rows.rejected());
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<RegistryEntry> chunk = all.subList(from, Math.min(from + CHUNK, all.size()));
            Map<String, String> held = registry.countiesOf(chunk.stream().map(RegistryEntry::getUscc).toList());
            for (RegistryEntry e : chunk) {
                String heldBy = held.get(e.getUscc());
                if (heldBy != null && !scope.coversCounty(heldBy)) {
                    rejected.add(new ImportReport.Rejected(rows.rowOf(e.getUscc()),
                            "该主体已在" + counties.name(heldBy) + "的名录中，不在您的管辖范围"));
                    continue;
                }
                existing += heldBy == null ? 0 : 1;
                entries.add(e);
            }
        }
        rejected.sort(Comparator.comparingInt(ImportReport.Rejected::row));
        jdbc.batchUpdate(UPSERT, entries, CHUNK, (ps, e) -> {
            ps.setString(1, e.getUscc());
            ps.setString(2, e.getCounty());
            ps.setString(3, e.getName());
            ps.setString(4, e.getOperatorName());
            ps.setString(5, e.getKind());
            ps.setString(6, e.getIndustry());
            ps.setString(7, e.getTownship());
            ps.setObject(8, e.getRegisteredOn());
            ps.setString(9, e.getTaxpayerType());
            ps.setObject(10, now);
        });
        int verified = businesses.applyRegistryMatches(now);
        return ImportReport.of(entries.size() - (int) existing, (int) existing, verified, rejected);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new ApiException(ErrorCode.IMPORT_FILE_INVALID, "上传的文件无法读取");
        }
    }
}
