package cn.dengkou.bizservice.notice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Indexes the search terms of notices saved before search existed (none once every notice has terms). */
@Component
class NoticeTermBackfill {

    private static final Logger log = LoggerFactory.getLogger(NoticeTermBackfill.class);

    private final NoticeMapper notices;
    private final NoticeTerms terms;

    NoticeTermBackfill(NoticeMapper notices, NoticeTerms terms) {
        this.notices = notices;
        this.terms = terms;
    }

    @EventListener(ApplicationReadyEvent.class)
    void indexMissing() {
        int done = 0;
        for (Long id : terms.unindexed()) {
            Notice n = notices.selectById(id);
            if (n != null) {
                terms.index(id, n.getTitle(), n.getSummary(), n.getBodyText());
                done++;
            }
        }
        if (done > 0) {
            log.info("search terms indexed for {} notices saved before search", done);
        }
    }
}
