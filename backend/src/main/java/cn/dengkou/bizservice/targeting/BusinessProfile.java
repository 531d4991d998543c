package cn.dengkou.bizservice.targeting;

import cn.dengkou.bizservice.business.BusinessView;

import java.time.LocalDate;
import java.util.Set;

/** What an {@link Audience} looks at in a bound, VERIFIED business (the columns {@link AudienceSql} reads). */
public record BusinessProfile(String kind, String industry, String township, Set<String> tags, LocalDate registeredOn,
                              String taxpayerType, String county) {

    public BusinessProfile {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /** A profile of no known county (matched by no county dimension). */
    public BusinessProfile(String kind, String industry, String township, Set<String> tags, LocalDate registeredOn,
                           String taxpayerType) {
        this(kind, industry, township, tags, registeredOn, taxpayerType, null);
    }

    /** The profile of a bound business, or null unless it is VERIFIED (pending ones are matched by nothing). */
    public static BusinessProfile of(BusinessView b) {
        if (b == null || !"VERIFIED".equals(b.status())) {
            return null;
        }
        return new BusinessProfile(b.kind(), b.industry(), b.township(), Set.copyOf(b.tags()), b.registeredOn(),
                b.taxpayerType(), b.county());
    }
}
