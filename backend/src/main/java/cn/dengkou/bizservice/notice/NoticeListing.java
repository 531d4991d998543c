package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.common.QueryParams;
import cn.dengkou.bizservice.common.RenderedJson;
import cn.dengkou.bizservice.targeting.Audience;
import cn.dengkou.bizservice.targeting.BusinessProfile;
import cn.dengkou.bizservice.search.SearchTerms;
import cn.dengkou.bizservice.search.TermIndex;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The owners' list: published, valid notices from {@link NoticeCatalog}, filtered by category,
 * department and keywords. For an owner with a VERIFIED business the notices that fit it
 * ({@link Audience#fits}) come first, newest first, then the rest, newest first; everyone else gets
 * newest first with empty {@code matchReasons}.
 *
 * <p>Rendered pages (not keyword searches), JSON bytes included, are kept per (business profile, filters, page) until the
 * catalog is reloaded, the dictionaries change (a page shows category names and reasons) or the next instant at which
 * a notice enters or leaves the list (a scheduled time, a validity bound): owners with the same profile share them.
 */
@Service
class NoticeListing {

    static final int MAX_QUERY = 50;
    private static final int MAX_CACHED_PAGES = 5_000;

    private final NoticeCatalog catalog;
    private final OwnerProfiles profiles;
    private final TermIndex terms;
    private final Dictionaries dictionaries;
    private final Clock clock;
    private final ObjectMapper json;
    private final ConcurrentHashMap<PageKey, CachedPage> pages = new ConcurrentHashMap<>();

    NoticeListing(NoticeCatalog catalog, OwnerProfiles profiles, TermIndex terms, Dictionaries dictionaries,
                  Clock clock, ObjectMapper json) {
        this.json = json;
        this.catalog = catalog;
        this.profiles = profiles;
        this.terms = terms;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    /** {@code GET /notices?category=&department=&q=}; {@code county}: the reader's ({@link NoticeCounties}), null = any. */
    record Query(String category, String department, String q, String county) {

        Query {
            category = QueryParams.orNull(category);
            department = QueryParams.orNull(department);
            q = QueryParams.orNull(q);
        }

        Query(String category, String department, String q) {
            this(category, department, q, null);
        }
    }

    /** A listed notice; {@code fits}: its audience includes the caller's business. */
    private record Ranked(NoticeCatalog.Entry notice, boolean fits) {
    }

    /** What a listed page depends on besides the catalog copy and the time. */
    private record PageKey(BusinessProfile profile, String county, String category, String department, int page,
                           int size) {
    }

    /**
     * A rendered page, valid while the catalog copy is {@code snapshot}, the dictionaries' copy {@code names} and the
     * time is in [since, until).
     */
    private record CachedPage(NoticeCatalog.Snapshot snapshot, long names, LocalDateTime since, LocalDateTime until,
                              RenderedJson<PageResult<NoticeViews.OwnerItem>> result) {
    }

    /** The page, already rendered to JSON: cached pages are rendered once for everyone who shares them. */
    RenderedJson<PageResult<NoticeViews.OwnerItem>> list(Query query, PageQuery page, AuthUser user) {
        check(query);
        BusinessProfile profile = profiles.of(user);
        NoticeCatalog.Snapshot snapshot = catalog.current();
        long names = dictionaries.stamp();
        LocalDateTime now = LocalDateTime.now(clock);
        // keyword searches ask the database; other pages are the same for everyone with the same profile
        PageKey key = query.q() == null
                ? new PageKey(profile, query.county(), query.category(), query.department(), page.page(), page.size())
                : null;
        if (key != null) {
            CachedPage c = pages.get(key);
            if (c != null && c.snapshot() == snapshot && c.names() == names && !now.isBefore(c.since())
                    && now.isBefore(c.until())) {
                return c.result();
            }
        }
        List<Ranked> ranked = rank(snapshot.entries(), now, query, profile, false);
        int from = (int) Math.min(page.offset(), ranked.size());
        int to = Math.min(ranked.size(), from + page.size());
        RenderedJson<PageResult<NoticeViews.OwnerItem>> result = RenderedJson.of(json, new PageResult<>(
                ranked.subList(from, to).stream().map(r -> item(r, profile)).toList(), page.page(), page.size(),
                ranked.size()));
        if (key != null) {
            if (pages.size() >= MAX_CACHED_PAGES) {
                pages.clear();
            }
            pages.put(key, new CachedPage(snapshot, names, snapshot.lastChange(now), snapshot.nextChange(now), result));
        }
        return result;
    }

    /** The newest {@code size} notices that fit the caller's business; none for guests and unbound owners. */
    NoticeViews.Recommended recommended(int size, String county, AuthUser user) {
        BusinessProfile profile = profiles.of(user);
        List<Ranked> fits = profile == null ? List.of()
                : rank(catalog.entries(), LocalDateTime.now(clock), new Query(null, null, null, county), profile, true);
        return new NoticeViews.Recommended(fits.subList(0, Math.min(size, fits.size())).stream()
                .map(r -> item(r, profile)).toList());
    }

    /** Reasons are worded only for the page's rows; ranking the whole list needs only {@link Audience#fits}. */
    private List<Ranked> rank(List<NoticeCatalog.Entry> entries, LocalDateTime now, Query query, BusinessProfile profile,
                              boolean fitsOnly) {
        Set<Long> hits = query.q() == null ? null : terms.matching(Notice.KIND, query.q());
        List<Ranked> fit = new ArrayList<>();
        List<Ranked> rest = new ArrayList<>();
        for (NoticeCatalog.Entry e : entries) {
            if (!e.listedAt(now)
                    || query.category() != null && !query.category().equals(e.category())
                    || query.department() != null && !e.departments().contains(query.department())
                    || hits != null && !hits.contains(e.id())
                    || !NoticeCounties.isFor(e.counties(), query.county())) {
                continue;
            }
            if (e.audience().fits(profile)) {
                fit.add(new Ranked(e, true));
            } else if (!fitsOnly) {
                rest.add(new Ranked(e, false));
            }
        }
        if (fitsOnly) {
            return fit;
        }
        fit.addAll(rest);
        return fit;
    }

    /** Unknown codes and keywords with nothing to search by are refused, each as a field error. */
    private void check(Query query) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (query.category() != null) {
            dictionaries.check(NoticeAuthoring.CATEGORIES, "category", List.of(query.category()), errors);
        }
        if (query.department() != null) {
            dictionaries.check(Dictionaries.DEPARTMENTS, "department", List.of(query.department()), errors);
        }
        if (query.q() != null) {
            if (query.q().length() > MAX_QUERY) {
                errors.put("q", "搜索词不能超过" + MAX_QUERY + "个字");
            } else if (SearchTerms.queryTerms(query.q()).isEmpty()) {
                errors.put("q", "搜索词须包含汉字、字母或数字");
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
    }

    private NoticeViews.OwnerItem item(Ranked r, BusinessProfile profile) {
        NoticeCatalog.Entry e = r.notice();
        List<String> reasons = r.fits()
                ? e.audience().reasons(profile, e.publishedAt().toLocalDate(), dictionaries::nameOf)
                : Audience.NONE;
        return new NoticeViews.OwnerItem(e.id(), e.title(), e.summary(), e.category(),
                dictionaries.nameOf(NoticeAuthoring.CATEGORIES, e.category()),
                NoticeViews.Code.departments(e.departments(), dictionaries),
                e.validFrom(), e.validTo(), e.publishedAt(), reasons);
    }
}
