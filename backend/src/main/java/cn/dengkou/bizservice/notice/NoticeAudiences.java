package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.push.PushTasks;
import cn.dengkou.bizservice.push.Recipients;
import cn.dengkou.bizservice.targeting.Audience;
import cn.dengkou.bizservice.targeting.Dimension;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A notice's {@link Audience} (the targeting rule, stored as {@code notice.audience} JSON): its checks against
 * the dictionaries, its size by the push engine's own criteria, its {@code notice_target} rows.
 */
@Component
class NoticeAudiences {

    private final Dictionaries dictionaries;
    private final PushTasks pushTasks;
    private final ObjectMapper json;

    NoticeAudiences(Dictionaries dictionaries, PushTasks pushTasks, ObjectMapper json) {
        this.dictionaries = dictionaries;
        this.pushTasks = pushTasks;
        this.json = json;
    }

    /** Adds a field error (under {@code prefix}) for each unknown code or an inverted date window. */
    void check(Audience a, String prefix, Map<String, String> errors) {
        a.check(dictionaries, prefix, errors);
    }

    /** Bound, VERIFIED owners the audience reaches now. */
    long size(Audience a) {
        return pushTasks.audienceSize(Recipients.owners(a));
    }

    /** The notice's stored audience. */
    Audience of(Notice n) {
        try {
            return json.readValue(n.getAudience(), Audience.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audience of notice " + n.getId() + " is not valid JSON", e);
        }
    }

    /** A row of notice_target. */
    record Target(String dimension, String code) {
    }

    /** The audience as notice_target rows. */
    static List<Target> targetRows(Audience a) {
        List<Target> rows = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            d.codes(a).forEach(c -> rows.add(new Target(d.name(), c)));
        }
        return rows;
    }
}
