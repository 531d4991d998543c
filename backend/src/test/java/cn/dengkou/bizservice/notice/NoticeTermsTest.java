package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.notice.NoticeTerms.QueryTerm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How text is cut into search terms. */
class NoticeTermsTest {

    @Test
    void chineseRunsGiveBigramsAndTheirLastCharacter() {
        assertThat(NoticeTerms.indexTerms("减税降费")).containsExactly("减税", "税降", "降费", "费");
        assertThat(NoticeTerms.indexTerms("税")).containsExactly("税");
        assertThat(NoticeTerms.indexTerms("个转企，税")).containsExactly("个转", "转企", "企", "税");
    }

    @Test
    void latinAndDigitRunsAreLowercasedWordsFullWidthIncluded() {
        assertThat(NoticeTerms.indexTerms("RCEP政策2024年")).containsExactly("rcep", "政策", "策", "2024", "年");
        assertThat(NoticeTerms.indexTerms("ＲＣＥＰ　ＰＤＦ")).containsExactly("rcep", "pdf");
        assertThat(NoticeTerms.indexTerms("a".repeat(40))).containsExactly("a".repeat(NoticeTerms.MAX_TERM));
    }

    @Test
    void indexesEveryTextOnce() {
        assertThat(NoticeTerms.indexTerms("惠企", null, "惠企政策")).containsExactly("惠企", "企", "企政", "政策", "策");
    }

    @Test
    void queriesNeedEveryBigramAndTreatASingleCharacterAsAPrefix() {
        assertThat(NoticeTerms.queryTerms("减税降费")).containsExactly(
                new QueryTerm("减税", false), new QueryTerm("税降", false), new QueryTerm("降费", false));
        assertThat(NoticeTerms.queryTerms("税")).containsExactly(new QueryTerm("税", true));
        assertThat(NoticeTerms.queryTerms("RCEP 政策")).containsExactly(new QueryTerm("rcep", false), new QueryTerm("政策", false));
        assertThat(NoticeTerms.queryTerms("！？ 。")).isEmpty();
    }
}
