package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.business.BusinessView;
import cn.dengkou.bizservice.business.OwnedBusinesses;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.targeting.Audience;
import cn.dengkou.bizservice.targeting.BusinessProfile;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who may register for an event (the shared targeting rule over the owner's verified business, within the event's
 * counties), and the name, phone and business staff greet them by.
 */
@Component
class Registrants {

    private static final Pattern PHONE = Pattern.compile("1\\d{10}");

    private final OwnedBusinesses businesses;
    private final EventCounties counties;
    private final EventAuthoring authoring;

    Registrants(OwnedBusinesses businesses, EventCounties counties, EventAuthoring authoring) {
        this.businesses = businesses;
        this.counties = counties;
        this.authoring = authoring;
    }

    record Person(String name, String phone, String businessName) {
    }

    /**
     * The registrant, or 404 for a bound owner of another county, 403 EVENT_AUDIENCE_FORBIDDEN outside the audience
     * (400 when an open event lacks the name or phone).
     */
    Person eligible(Event e, AuthUser owner, Registrations.RegisterRequest body) {
        String phone = body.phone() == null || body.phone().isBlank() ? null : body.phone().strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.put("phone", "手机号格式不正确");
        }
        Audience stored = authoring.audienceOf(e);
        counties.requireReadable(counties.of(e.getCounty(), stored), owner); // another county's event: 404, not 403
        BusinessView b = businesses.findForOwner(owner.id());
        BusinessProfile profile = BusinessProfile.of(b);
        Audience audience = counties.reach(e.getCounty(), stored);
        if (profile != null && audience.fits(profile)) {
            require(errors);
            return new Person(b.operatorName(), phone, b.name());
        }
        if (!Boolean.TRUE.equals(e.getOpenToUnbound())) {
            throw new ApiException(ErrorCode.EVENT_AUDIENCE_FORBIDDEN, profile == null
                    ? "本活动仅限已绑定并通过核验的经营主体报名，请先绑定经营主体"
                    : "您的经营主体不在本活动的报名范围内");
        }
        String name = body.name() == null || body.name().isBlank() ? null : body.name().strip();
        if (name == null || name.length() > 50) {
            errors.put("name", name == null ? "请填写姓名" : "姓名不能超过50字");
        }
        if (phone == null) {
            errors.putIfAbsent("phone", "请填写手机号");
        }
        require(errors);
        return new Person(name, phone, b == null ? null : b.name());
    }

    private static void require(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
    }
}
