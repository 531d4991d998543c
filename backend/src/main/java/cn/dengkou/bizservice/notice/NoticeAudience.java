package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.push.Audience;

import java.time.LocalDate;
import java.util.List;

/**
 * Who a notice is for, as stored in {@code notice.audience} (JSON) and sent by the API. Each empty
 * list means "all"; a null date means no bound. Matching owners are bound, VERIFIED businesses.
 *
 * @param registeredFrom the business registered on or after this day
 * @param registeredTo   the business registered on or before this day ("注册登记一年以上" = today − 1 year)
 */
public record NoticeAudience(List<String> kinds, List<String> industries, List<String> townships, List<String> tags,
                             LocalDate registeredFrom, LocalDate registeredTo, List<String> taxpayerTypes) {

    public NoticeAudience {
        kinds = clean(kinds);
        industries = clean(industries);
        townships = clean(townships);
        tags = clean(tags);
        taxpayerTypes = clean(taxpayerTypes);
    }

    public static NoticeAudience everyone() {
        return new NoticeAudience(null, null, null, null, null, null, null);
    }

    /** The same owners as the push engine selects. */
    public Audience toPushAudience() {
        return Audience.owners(kinds, industries, townships, tags)
                .registeredBetween(registeredFrom, registeredTo)
                .taxpayerTypes(taxpayerTypes);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
}
