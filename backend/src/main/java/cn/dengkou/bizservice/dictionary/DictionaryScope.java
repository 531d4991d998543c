package cn.dengkou.bizservice.dictionary;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.common.StaffRule;
import cn.dengkou.bizservice.common.StaffScope;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which ADMIN keeps which entry. A per-county dictionary's entry (a township) is its county's: a county ADMIN keeps
 * its own county's, and another county's answers as if it did not exist (404). A shared entry (industries, tags,
 * departments …) is every county's records' and audiences' at once, so only an ADMIN reaching every served county
 * keeps it — the prefecture ADMIN, or the one ADMIN of a single-county deployment; a county ADMIN sees it (403 on a
 * change) because the county's records use it.
 */
@Component
class DictionaryScope {

    static final StaffRule RULE = StaffRule.whole(Role.ADMIN);

    private final DictionaryEntryMapper entries;
    private final Counties counties;

    DictionaryScope(DictionaryEntryMapper entries, Counties counties) {
        this.entries = entries;
        this.counties = counties;
    }

    /** Whether the dictionary's entries belong to one county each; 404 for a dictionary ADMIN does not keep. */
    boolean perCounty(String dictionary) {
        Boolean perCounty = entries.perCounty(dictionary);
        if (perCounty == null) {
            throw new ApiException(ErrorCode.DICTIONARY_NOT_FOUND);
        }
        return perCounty;
    }

    /** The served counties whose own entries a list shows ({@code filter}: one of them); shared entries always. */
    Set<String> listed(String filter, AuthUser admin) {
        String f = blankToNull(filter);
        if (f != null && !counties.isServed(f)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "county 取值无效：" + f);
        }
        Set<String> in = scope(admin).countiesFor(f);
        Set<String> served = new LinkedHashSet<>();
        counties.served().forEach(c -> {
            if (in == null || in.contains(c.code())) {
                served.add(c.code());
            }
        });
        return served;
    }

    /** An entry this ADMIN keeps, else 404 (another county's) or 403 (a shared one, for a county ADMIN). */
    DictionaryEntry manageable(long id, AuthUser admin) {
        StaffScope scope = scope(admin);
        DictionaryEntry e = entries.selectById(id);
        if (e == null || e.getCounty() != null && (!counties.isServed(e.getCounty()) || !scope.coversCounty(e.getCounty()))) {
            throw new ApiException(ErrorCode.DICTIONARY_ENTRY_NOT_FOUND);
        }
        if (e.getCounty() == null) {
            requireEveryCounty(scope);
        }
        return e;
    }

    /**
     * A new entry's county: none for a shared dictionary; for a per-county one the county asked for, else the ADMIN's
     * own county (or the one served county). A prefecture ADMIN of several counties must say which.
     */
    String countyForNew(boolean perCounty, String requested, AuthUser admin) {
        StaffScope scope = scope(admin);
        String asked = blankToNull(requested);
        if (!perCounty) {
            if (asked != null) {
                throw ApiException.invalidFields(Map.of("county", "共用字典的条目不属于某个区县（旗），请不要填写"));
            }
            requireEveryCounty(scope);
            return null;
        }
        if (asked == null) {
            asked = counties.isServed(admin.county()) ? admin.county() : counties.single();
            if (asked == null) {
                throw ApiException.invalidFields(Map.of("county", "请指定条目所属的区县（旗）"));
            }
        }
        if (!counties.isServed(asked)) {
            throw ApiException.invalidFields(Map.of("county", "取值无效：" + asked));
        }
        if (!scope.coversCounty(asked)) {
            throw new ApiException(ErrorCode.COUNTY_FORBIDDEN, "只能维护" + counties.name(admin.county()) + "的字典条目");
        }
        return asked;
    }

    private static void requireEveryCounty(StaffScope scope) {
        if (scope.counties() != null) {
            throw new ApiException(ErrorCode.COUNTY_FORBIDDEN, "各区县（旗）共用的字典条目由市级管理员维护");
        }
    }

    private static StaffScope scope(AuthUser admin) {
        return RULE.scopeOf(admin).orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
