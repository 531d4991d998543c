package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.push.PushTasks;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Audience checks against the dictionaries, and its size by the push engine's own criteria. */
@Component
class NoticeAudiences {

    private final Dictionaries dictionaries;
    private final PushTasks pushTasks;

    NoticeAudiences(Dictionaries dictionaries, PushTasks pushTasks) {
        this.dictionaries = dictionaries;
        this.pushTasks = pushTasks;
    }

    /** Adds a field error (under {@code prefix}) for each unknown code or an inverted date window. */
    void check(NoticeAudience a, String prefix, Map<String, String> errors) {
        dictionaries.check(Dictionaries.BUSINESS_KINDS, prefix + ".kinds", a.kinds(), errors);
        dictionaries.check(Dictionaries.INDUSTRIES, prefix + ".industries", a.industries(), errors);
        dictionaries.check(Dictionaries.TOWNSHIPS, prefix + ".townships", a.townships(), errors);
        dictionaries.check(Dictionaries.BUSINESS_TAGS, prefix + ".tags", a.tags(), errors);
        dictionaries.check(Dictionaries.TAXPAYER_TYPES, prefix + ".taxpayerTypes", a.taxpayerTypes(), errors);
        if (a.registeredFrom() != null && a.registeredTo() != null && a.registeredFrom().isAfter(a.registeredTo())) {
            errors.put(prefix + ".registeredTo", "注册日期上限不能早于下限");
        }
    }

    /** Bound, VERIFIED owners the audience reaches now. */
    long size(NoticeAudience a) {
        return pushTasks.audienceSize(a.toPushAudience());
    }

    /** A row of notice_target. */
    record Target(String dimension, String code) {
    }

    /** The audience as notice_target rows. */
    static List<Target> targetRows(NoticeAudience a) {
        List<Target> rows = new ArrayList<>();
        a.kinds().forEach(c -> rows.add(new Target("KIND", c)));
        a.industries().forEach(c -> rows.add(new Target("INDUSTRY", c)));
        a.townships().forEach(c -> rows.add(new Target("TOWNSHIP", c)));
        a.tags().forEach(c -> rows.add(new Target("TAG", c)));
        a.taxpayerTypes().forEach(c -> rows.add(new Target("TAXPAYER", c)));
        return rows;
    }
}
