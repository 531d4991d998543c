package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.common.Role;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The owners' list: published, valid notices from {@link NoticeCatalog}, filtered by category,
 * department and keywords. For an owner with a VERIFIED business the notices that fit it
 * ({@link NoticeFit}) come first, newest first, then the rest, newest first; everyone else gets
 * newest first with empty {@code matchReasons}.
 */
@Service
class NoticeListing {

    static final int MAX_QUERY = 50;

    private final NoticeCatalog catalog;
    private final OwnerProfiles profiles;
    private final NoticeTerms terms;
    private final Dictionaries dictionaries;
    private final Clock clock;

    NoticeListing(NoticeCatalog catalog, OwnerProfiles profiles, NoticeTerms terms, Dictionaries dictionaries,
                  Clock clock) {
        this.catalog = catalog;
        this.profiles = profiles;
        this.terms = terms;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    /** {@code GET /notices?category=&department=&q=}. */
    record Query(String category, String department, String q) {

        Query {
            category = blankToNull(category);
            department = blankToNull(department);
            q = blankToNull(q);
        }
    }

    private record Ranked(NoticeCatalog.Entry notice, List<String> reasons) {
    }

    PageResult<NoticeViews.OwnerItem> list(Query query, PageQuery page, AuthUser user) {
        List<Ranked> ranked = rank(query, user, false);
        int from = (int) Math.min(page.offset(), ranked.size());
        int to = Math.min(ranked.size(), from + page.size());
        return new PageResult<>(ranked.subList(from, to).stream().map(this::item).toList(), page.page(), page.size(),
                ranked.size());
    }

    /** The newest {@code size} notices that fit the caller's business; none for guests and unbound owners. */
    NoticeViews.Recommended recommended(int size, AuthUser user) {
        List<Ranked> fits = rank(new Query(null, null, null), user, true);
        return new NoticeViews.Recommended(fits.subList(0, Math.min(size, fits.size())).stream().map(this::item).toList());
    }

    private List<Ranked> rank(Query query, AuthUser user, boolean fitsOnly) {
        check(query);
        Set<Long> hits = query.q() == null ? null : terms.matching(NoticeTerms.queryTerms(query.q()));
        OwnerProfile profile = user != null && user.has(Role.OWNER) ? profiles.of(user.id()) : null;
        if (fitsOnly && profile == null) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<Ranked> fit = new ArrayList<>();
        List<Ranked> rest = new ArrayList<>();
        for (NoticeCatalog.Entry e : catalog.entries()) {
            if (!e.listedAt(now)
                    || query.category() != null && !query.category().equals(e.category())
                    || query.department() != null && !e.departments().contains(query.department())
                    || hits != null && !hits.contains(e.id())) {
                continue;
            }
            List<String> reasons = NoticeFit.reasons(e.audience(), profile, e.publishedAt().toLocalDate(),
                    dictionaries::nameOf);
            (reasons.isEmpty() ? rest : fit).add(new Ranked(e, reasons));
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
        if (query.category() != null && !dictionaries.contains(NoticeAuthoring.CATEGORIES, query.category())) {
            errors.put("category", "取值无效：" + query.category());
        }
        if (query.department() != null && !dictionaries.contains(Dictionaries.DEPARTMENTS, query.department())) {
            errors.put("department", "取值无效：" + query.department());
        }
        if (query.q() != null) {
            if (query.q().length() > MAX_QUERY) {
                errors.put("q", "搜索词不能超过" + MAX_QUERY + "个字");
            } else if (NoticeTerms.queryTerms(query.q()).isEmpty()) {
                errors.put("q", "搜索词须包含汉字、字母或数字");
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
    }

    private NoticeViews.OwnerItem item(Ranked r) {
        NoticeCatalog.Entry e = r.notice();
        return new NoticeViews.OwnerItem(e.id(), e.title(), e.summary(), e.category(),
                dictionaries.nameOf(NoticeAuthoring.CATEGORIES, e.category()),
                e.departments().stream()
                        .map(d -> new NoticeViews.Code(d, dictionaries.nameOf(Dictionaries.DEPARTMENTS, d))).toList(),
                e.validFrom(), e.validTo(), e.publishedAt(), r.reasons());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
