package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.business.BusinessView;

import java.time.LocalDate;
import java.util.Set;

/** What notice audiences look at in an owner's VERIFIED business. */
record OwnerProfile(String kind, String industry, String township, Set<String> tags, LocalDate registeredOn,
                    String taxpayerType) {

    OwnerProfile {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /** The profile of a bound business, or null unless it is VERIFIED (pending ones are matched by nothing). */
    static OwnerProfile of(BusinessView b) {
        if (b == null || !"VERIFIED".equals(b.status())) {
            return null;
        }
        return new OwnerProfile(b.kind(), b.industry(), b.township(), Set.copyOf(b.tags()), b.registeredOn(),
                b.taxpayerType());
    }
}
