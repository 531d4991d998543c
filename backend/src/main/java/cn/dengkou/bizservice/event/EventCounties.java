package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.business.OwnedBusinesses;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.targeting.Audience;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Which counties an event is for, and which county a reader reads as — the notices' rule: a county's event is for
 * that county; a prefecture event (staff of 巴彦淖尔市) for the counties its audience names, or every served county.
 */
@Component
class EventCounties {

    private final Counties counties;
    private final OwnedBusinesses businesses;

    EventCounties(Counties counties, OwnedBusinesses businesses) {
        this.counties = counties;
        this.businesses = businesses;
    }

    /** The counties whose owners and guests see the event (the event_county rows). */
    List<String> of(String eventCounty, Audience audience) {
        if (counties.isServed(eventCounty)) {
            return List.of(eventCounty);
        }
        return audience.counties().isEmpty()
                ? counties.served().stream().map(Counties.County::code).toList() : audience.counties();
    }

    /** Who may register and whom an invitation reaches: a county's event that county's businesses only. */
    Audience reach(String eventCounty, Audience audience) {
        return counties.isSeveral() && counties.isServed(eventCounty) && audience.counties().isEmpty()
                ? audience.counties(List.of(eventCounty)) : audience;
    }

    /** County staff write for their own county only: {@code audience.counties} empty or theirs, else 403. */
    static void requireOwnCounties(AuthUser staff, Audience audience) {
        if (staff.counties() != null && !staff.counties().containsAll(audience.counties())) {
            throw new ApiException(ErrorCode.COUNTY_FORBIDDEN, "区县工作人员只能面向本区县（旗）组织活动");
        }
    }

    /** The county the caller reads as ({@link Counties#readerCounty}): a bound owner's business's, else {@code county=}. */
    String readerCounty(AuthUser user, String parameter) {
        return counties.readerCounty(() -> user != null && user.has(Role.OWNER) ? businesses.countyOf(user.id()) : null,
                parameter);
    }

    /** A bound owner of another county finds no such event (404), on every owner operation of it. */
    void requireReadable(List<String> eventCounties, AuthUser user) {
        String county = readerCounty(user, null);
        if (county != null && !eventCounties.contains(county)) {
            throw new ApiException(ErrorCode.EVENT_NOT_FOUND);
        }
    }
}
