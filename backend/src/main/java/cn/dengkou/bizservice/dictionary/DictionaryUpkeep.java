package cn.dengkou.bizservice.dictionary;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ADMIN's upkeep of the dictionaries: list (disabled entries too), add, rename, disable and enable — never delete, so
 * records keep their codes and a code is never reused. Who may keep which entry is {@link DictionaryScope}'s. Every
 * change is an audit entry of the entry's county, and the readers ({@link Dictionaries}) see it at once.
 */
@Service
class DictionaryUpkeep {

    private static final Logger log = LoggerFactory.getLogger(DictionaryUpkeep.class);
    /** The subject kind of dictionary entries in the shared audit trail. */
    static final String KIND = "dictionary";

    enum AuditAction { CREATE, RENAME, DISABLE, ENABLE }

    private final DictionaryEntryMapper entries;
    private final DictionaryScope scope;
    private final Dictionaries dictionaries;
    private final Counties counties;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    DictionaryUpkeep(DictionaryEntryMapper entries, DictionaryScope scope, Dictionaries dictionaries, Counties counties,
                     AuditTrail audit, TransactionTemplate tx, Clock clock) {
        this.entries = entries;
        this.scope = scope;
        this.dictionaries = dictionaries;
        this.counties = counties;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    List<DictionaryView> dictionaries() {
        return entries.dictionaries().stream().map(r -> new DictionaryView((String) r.get("name"), (String) r.get("label"),
                ((Number) r.get("per_county")).intValue() == 1)).toList();
    }

    /** The shared entries and those of the counties the ADMIN keeps ({@code county}: one of them), disabled too. */
    List<EntryView> list(String dictionary, String county, AuthUser admin) {
        scope.perCounty(dictionary);
        Set<String> in = scope.listed(county, admin);
        return entries.list(dictionary, in).stream().map(this::view).toList();
    }

    EntryView add(String dictionary, EntryRequests.NewEntry req, AuthUser admin) {
        boolean perCounty = scope.perCounty(dictionary);
        String county = scope.countyForNew(perCounty, req.county(), admin);
        String name = req.name().strip();
        requireFreeName(dictionary, county, name, null);
        DictionaryEntry e = new DictionaryEntry();
        e.setDictName(dictionary);
        e.setCounty(county);
        e.setCode(req.code());
        e.setName(name);
        e.setSortOrder(req.sortOrder() != null ? req.sortOrder() : entries.nextSortOrder(dictionary, county));
        e.setEnabled(true);
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            tx.executeWithoutResult(s -> {
                entries.insert(e);
                audit.record(KIND, e.getId(), county, admin.id(), AuditAction.CREATE, Map.of("dictionary", dictionary,
                        "code", e.getCode(), "name", name, "sortOrder", e.getSortOrder()), now);
            });
        } catch (DuplicateKeyException ex) {
            throw new ApiException(ErrorCode.DICTIONARY_CODE_TAKEN, "代码 " + req.code() + " 已被使用（停用的条目也占用代码）");
        }
        dictionaries.changed();
        log.info("dictionary {} entry {} ({}) added in {} by {}", dictionary, e.getCode(), e.getId(), county, admin.id());
        return view(e);
    }

    /** Renames or reorders; the code stays. */
    EntryView change(long id, EntryRequests.Change req, AuthUser admin) {
        DictionaryEntry e = scope.manageable(id, admin);
        String name = req.name().strip();
        if (Boolean.TRUE.equals(e.getEnabled())) {
            requireFreeName(e.getDictName(), e.getCounty(), name, id);
        }
        Map<String, Object> from = state(e.getName(), e.getSortOrder());
        Map<String, Object> to = state(name, req.sortOrder());
        if (!from.equals(to)) {
            tx.executeWithoutResult(s -> {
                entries.rename(id, name, req.sortOrder());
                audit.record(KIND, id, e.getCounty(), admin.id(), AuditAction.RENAME, Map.of("from", from, "to", to),
                        LocalDateTime.now(clock));
            });
            dictionaries.changed();
            log.info("dictionary {} entry {} ({}) renamed by {}", e.getDictName(), e.getCode(), id, admin.id());
        }
        e.setName(name);
        e.setSortOrder(req.sortOrder());
        return view(e);
    }

    /** Disabling twice (or enabling an enabled entry) changes nothing and writes no entry. */
    EntryView setEnabled(long id, boolean enabled, AuthUser admin) {
        DictionaryEntry e = scope.manageable(id, admin);
        if (enabled && !Boolean.TRUE.equals(e.getEnabled())) {
            requireFreeName(e.getDictName(), e.getCounty(), e.getName(), id);
        }
        boolean moved = Boolean.TRUE.equals(tx.execute(s -> {
            boolean changed = entries.setEnabled(id, enabled);
            if (changed) {
                audit.record(KIND, id, e.getCounty(), admin.id(), enabled ? AuditAction.ENABLE : AuditAction.DISABLE,
                        Map.of("dictionary", e.getDictName(), "code", e.getCode()), LocalDateTime.now(clock));
            }
            return changed;
        }));
        if (moved) {
            dictionaries.changed();
            log.info("dictionary {} entry {} ({}) {} by {}", e.getDictName(), e.getCode(), id,
                    enabled ? "enabled" : "disabled", admin.id());
        }
        e.setEnabled(enabled);
        return view(e);
    }

    /** Two enabled entries a reader sees side by side (shared ones and one county's) never share a name. */
    private void requireFreeName(String dictionary, String county, String name, Long exceptId) {
        if (entries.nameTaken(dictionary, county, name, exceptId)) {
            throw new ApiException(ErrorCode.DICTIONARY_NAME_TAKEN, "名称「" + name + "」已被"
                    + (county == null ? "该字典的" : counties.name(county) + "或共用的") + "其他条目使用");
        }
    }

    private static Map<String, Object> state(String name, int sortOrder) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("sortOrder", sortOrder);
        return m;
    }

    private EntryView view(DictionaryEntry e) {
        return new EntryView(e.getId(), e.getDictName(), e.getCode(), e.getName(), e.getCounty(),
                e.getCounty() == null ? null : counties.name(e.getCounty()), e.getSortOrder(),
                Boolean.TRUE.equals(e.getEnabled()));
    }
}
