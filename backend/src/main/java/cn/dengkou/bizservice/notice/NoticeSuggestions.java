package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.search.TermIndex;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Published notices that may already answer what an owner is writing (feedback asks while they type): those sharing
 * the most words with the text, then those of a category the text names. Public entry point for other features.
 */
@Component
public class NoticeSuggestions {

    /** Shared words (bigrams) a notice needs to count as related: one is chance. */
    private static final int LEAST_SHARED = 2;

    public record NoticeSuggestion(long id, String title, @Schema(nullable = true) String summary, String category,
                             String categoryName) {
    }

    private final NoticeCatalog catalog;
    private final TermIndex terms;
    private final Dictionaries dictionaries;
    private final NoticeCounties counties;
    private final Clock clock;

    NoticeSuggestions(NoticeCatalog catalog, TermIndex terms, Dictionaries dictionaries, NoticeCounties counties,
                      Clock clock) {
        this.counties = counties;
        this.catalog = catalog;
        this.terms = terms;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    /**
     * At most {@code limit} notices listed now for this reader (null: a guest): a bound owner's county, else the
     * {@code county} asked for (as {@code GET /notices} reads it).
     */
    public List<NoticeSuggestion> suggest(String text, AuthUser reader, String countyParameter, int limit) {
        String county = counties.readerCounty(reader, countyParameter);
        LocalDateTime now = LocalDateTime.now(clock);
        Map<Long, NoticeCatalog.Entry> listed = catalog.entries().stream()
                .filter(e -> e.listedAt(now) && (county == null || e.counties() == null || e.counties().contains(county)))
                .collect(Collectors.toMap(NoticeCatalog.Entry::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, NoticeCatalog.Entry> found = new LinkedHashMap<>();
        for (Long id : terms.ranked(Notice.KIND, text, LEAST_SHARED, limit * 5)) {
            NoticeCatalog.Entry e = listed.get(id);
            if (e != null && found.size() < limit) {
                found.put(id, e);
            }
        }
        Map<String, String> categories = dictionaries.entries(NoticeAuthoring.CATEGORIES);
        for (NoticeCatalog.Entry e : listed.values()) {
            String name = categories.get(e.category());
            if (found.size() < limit && name != null && text.contains(name)) {
                found.putIfAbsent(e.id(), e);
            }
        }
        return found.values().stream().map(e -> new NoticeSuggestion(e.id(), e.title(), e.summary(), e.category(),
                categories.getOrDefault(e.category(), e.category()))).toList();
    }
}
