package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.Counties;

import java.util.List;

/**
 * Which served county a business belongs to, as far as its code tells: the registering authority's division
 * (characters 3-8) when that is a served county, or a prefecture with exactly one served county under it.
 * A code registered by a province, by another county or by a prefecture above several served counties tells
 * nothing: then the registry import's county column, or the owner's choice, decides.
 */
final class BusinessCounty {

    private BusinessCounty() {
    }

    /** The served county the (valid, normalized) code names, or null when it does not name one. */
    static String fromUscc(String uscc, Counties counties) {
        String division = Uscc.division(uscc);
        if (counties.isServed(division)) {
            return division;
        }
        List<String> under = counties.countiesUnder(division);
        return under.size() == 1 ? under.get(0) : null;
    }

    /** A county cell of the registry (a code, or a served county's Chinese name) → its code; null when unknown. */
    static String fromCell(String value, Counties counties) {
        String v = value.strip();
        if (counties.isServed(v)) {
            return v;
        }
        return counties.served().stream().filter(c -> c.name().equals(v)).map(Counties.County::code)
                .findFirst().orElse(null);
    }
}
