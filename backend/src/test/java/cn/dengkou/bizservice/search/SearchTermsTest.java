package cn.dengkou.bizservice.search;

import cn.dengkou.bizservice.search.SearchTerms.QueryTerm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How text is cut into search terms. */
class SearchTermsTest {

    @Test
    void chineseRunsGiveBigramsAndTheirLastCharacter() {
        assertThat(SearchTerms.indexTerms("减税降费")).containsExactly("减税", "税降", "降费", "费");
        assertThat(SearchTerms.indexTerms("税")).containsExactly("税");
        assertThat(SearchTerms.indexTerms("个转企，税")).containsExactly("个转", "转企", "企", "税");
    }

    @Test
    void latinAndDigitRunsAreLowercasedWordsFullWidthIncluded() {
        assertThat(SearchTerms.indexTerms("RCEP政策2024年")).containsExactly("rcep", "政策", "策", "2024", "年");
        assertThat(SearchTerms.indexTerms("ＲＣＥＰ　ＰＤＦ")).containsExactly("rcep", "pdf");
        assertThat(SearchTerms.indexTerms("a".repeat(40))).containsExactly("a".repeat(SearchTerms.MAX_TERM));
    }

    @Test
    void indexesEveryTextOnce() {
        assertThat(SearchTerms.indexTerms("惠企", null, "惠企政策")).containsExactly("惠企", "企", "企政", "政策", "策");
    }

    @Test
    void queriesNeedEveryBigramAndTreatASingleCharacterAsAPrefix() {
        assertThat(SearchTerms.queryTerms("减税降费")).containsExactly(
                new QueryTerm("减税", false), new QueryTerm("税降", false), new QueryTerm("降费", false));
        assertThat(SearchTerms.queryTerms("税")).containsExactly(new QueryTerm("税", true));
        assertThat(SearchTerms.queryTerms("RCEP 政策")).containsExactly(new QueryTerm("rcep", false), new QueryTerm("政策", false));
        assertThat(SearchTerms.queryTerms("！？ 。")).isEmpty();
    }
}
