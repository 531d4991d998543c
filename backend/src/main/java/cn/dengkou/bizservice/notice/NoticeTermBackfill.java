package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.search.TermIndex;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
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
    private final TermIndex terms;

    NoticeTermBackfill(NoticeMapper notices, TermIndex terms) {
        this.notices = notices;
        this.terms = terms;
    }

    @EventListener(ApplicationReadyEvent.class)
    void indexMissing() {
        int done = 0;
        for (Notice n : notices.selectList(new LambdaQueryWrapper<Notice>()
                .notExists(TermIndex.indexedSql(Notice.KIND, "notice.id")))) {
            terms.index(Notice.KIND, n.getId(), n.getTitle(), n.getSummary(), n.getBodyText());
            done++;
        }
        if (done > 0) {
            log.info("search terms indexed for {} notices saved before search", done);
        }
    }
}
