package cn.dengkou.bizservice.targeting;

import cn.dengkou.bizservice.common.Dictionaries;

import java.util.List;

/**
 * The dimensions of an {@link Audience} that list dictionary codes, in the order their reasons are given.
 * Each knows its JSON field, its dictionary, what a business has in it and how its reason reads; its
 * name is what {@code notice_target.dimension} stores. Its column is in {@link AudienceSql}, its line of
 * the hot {@link Audience#fits} is written out there. (The
 * registration window is a range, not codes: {@link Audience} handles it.)
 */
public enum Dimension {
    KIND("kinds", Dictionaries.BUSINESS_KINDS),
    TOWNSHIP("townships", Dictionaries.TOWNSHIPS),
    INDUSTRY("industries", Dictionaries.INDUSTRIES),
    TAG("tags", Dictionaries.BUSINESS_TAGS),
    TAXPAYER("taxpayerTypes", Dictionaries.TAXPAYER_TYPES),
    /** The business's county (a prefecture-wide notice for some of its counties): "适用于磴口县". */
    COUNTY("counties", Dictionaries.COUNTIES);

    /** {@code values()} copies its array on every call. */
    static final Dimension[] ALL = values();

    private final String field;
    private final String dictionary;

    Dimension(String field, String dictionary) {
        this.field = field;
        this.dictionary = dictionary;
    }

    /** The audience's JSON field, e.g. {@code kinds}. */
    public String field() {
        return field;
    }

    public String dictionary() {
        return dictionary;
    }

    /** The audience's codes in this dimension; empty = any value. */
    public List<String> codes(Audience a) {
        return switch (this) {
            case KIND -> a.kinds();
            case TOWNSHIP -> a.townships();
            case INDUSTRY -> a.industries();
            case TAG -> a.tags();
            case TAXPAYER -> a.taxpayerTypes();
            case COUNTY -> a.counties();
        };
    }

    /** Whether the business has this code: one value per dimension (null = unknown), several tags. */
    boolean has(BusinessProfile p, String code) {
        return switch (this) {
            case KIND -> code.equals(p.kind());
            case TOWNSHIP -> code.equals(p.township());
            case INDUSTRY -> code.equals(p.industry());
            case TAG -> p.tags().contains(code);
            case TAXPAYER -> code.equals(p.taxpayerType());
            case COUNTY -> code.equals(p.county());
        };
    }

    /** The reason a matching code gives, from its Chinese name. */
    String reason(String name) {
        return this == TAG ? tagReason(name) : "适用于" + name;
    }

    /** Pools ("…培育库") read "您在…中"; kinds of business ("成长型", "专精特新") read "您属于…经营主体". */
    static String tagReason(String name) {
        return name.endsWith("库") ? "您在" + name + "中" : "您属于" + name + "经营主体";
    }
}
