package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.business.BusinessView;
import cn.dengkou.bizservice.business.OwnedBusinesses;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.targeting.BusinessProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.common.QueryParams.orNull;

/** A bound, verified owner files hiring needs and reads their own (another owner's: 404). */
@Service
class HiringNeedFiling {

    private final HiringNeedMapper needs;
    private final OwnedBusinesses businesses;
    private final JobRules rules;
    private final Dictionaries dictionaries;
    private final Clock clock;

    HiringNeedFiling(HiringNeedMapper needs, OwnedBusinesses businesses, JobRules rules, Dictionaries dictionaries,
                     Clock clock) {
        this.needs = needs;
        this.businesses = businesses;
        this.rules = rules;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    @Transactional
    HiringNeedView.Created file(HiringNeedRequest r, AuthUser owner) {
        BusinessView b = businesses.findForOwner(owner.id());
        if (BusinessProfile.of(b) == null) {
            throw new ApiException(ErrorCode.HIRING_NEED_BUSINESS_REQUIRED);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String township = orNull(r.township()) == null ? b.township() : orNull(r.township());
        check(r, b, township, now);
        HiringNeed n = new HiringNeed();
        n.setCounty(b.county());
        n.setBusinessId(b.id());
        n.setOwnerId(owner.id());
        n.setTownship(township);
        n.setDeadline(r.deadline());
        n.setContactName(orNull(r.contactName()));
        n.setContactPhone(orNull(r.contactPhone()));
        n.setDescription(orNull(r.description()));
        n.setStatus(HiringNeedStatus.SUBMITTED.name());
        n.setLabourCooperation(false);
        n.setCreatedAt(now);
        n.setUpdatedAt(now);
        needs.insert(n);
        needs.addPositions(n.getId(), r.positions().stream().map(p -> new HiringNeedRequest.Position(orNull(p.title()),
                p.headcount(), p.salaryMin(), p.salaryMax())).toList());
        return new HiringNeedView.Created(n.getId(), n.getStatus());
    }

    List<HiringNeedView> mine(AuthUser owner) {
        return needs.ofOwner(owner.id()).stream()
                .map(n -> HiringNeedView.of(n, needs.positions(n.getId()), dictionaries)).toList();
    }

    HiringNeedView get(long id, AuthUser owner) {
        HiringNeed n = needs.selectById(id);
        if (n == null || n.getOwnerId() != owner.id()) {
            throw new ApiException(ErrorCode.HIRING_NEED_NOT_FOUND);
        }
        return HiringNeedView.of(n, needs.positions(id), dictionaries);
    }

    /** Each position is checked as the job it would become (JobRules), the deadline as its valid-until. */
    private void check(HiringNeedRequest r, BusinessView b, String township, LocalDateTime now) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < r.positions().size(); i++) {
            HiringNeedRequest.Position p = r.positions().get(i);
            JobDraft d = new JobDraft(b.county(), orNull(p.title()), b.name(), township, null, "FULL_TIME", p.headcount(),
                    p.salaryMin(), p.salaryMax(), p.salaryMin() == null && p.salaryMax() == null, null, null,
                    orNull(r.description()), orNull(r.contactName()), orNull(r.contactPhone()), r.deadline());
            Map<String, String> e = rules.check(d, now.toLocalDate());
            String prefix = "positions[" + i + "].";
            e.forEach((field, detail) -> errors.putIfAbsent(switch (field) {
                case "title", "headcount", "salaryMin", "salaryMax" -> prefix + field;
                case "validUntil" -> "deadline";
                default -> field;
            }, detail.replace("招聘截止日期", "截止日期")));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
    }
}
