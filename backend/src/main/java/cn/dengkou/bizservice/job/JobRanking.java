package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Dictionaries;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Why an open job comes first for its reader, with short Chinese reasons: it is in the township of their verified
 * business (与您同在XX镇), and/or it fits their seeker profile (符合您的求职意向：XX镇，全职) by the alerts' rule
 * {@link JobPreferences#fits} within the profile's county. Jobs with more reasons rank higher; a profile that wants
 * "any" everywhere gives no reason (every job would fit). The SQL of {@link #orderBy} and the Java of {@link #reasons}
 * state the same rule; {@code JobSeekerRankingTest} checks that the reasons and the order agree.
 */
final class JobRanking {

    /** Dictionary and county codes are short words; only such a code is written into the ranking's ORDER BY. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final String home;
    private final String profileCounty;
    private final JobPreferences wishes;
    private final Dictionaries dictionaries;

    /** {@code home}: the verified business's township or null; {@code profileCounty}/{@code wishes}: the profile's or null. */
    JobRanking(String home, String profileCounty, JobPreferences wishes, Dictionaries dictionaries) {
        this.home = safe(home) ? home : null;
        boolean wants = wishes != null && !(wishes.townships().isEmpty() && wishes.industries().isEmpty()
                && wishes.jobTypes().isEmpty());
        boolean safe = wants && safe(profileCounty) && wishes.townships().stream().allMatch(JobRanking::safe)
                && wishes.industries().stream().allMatch(JobRanking::safe) && wishes.jobTypes().stream().allMatch(JobRanking::safe);
        this.profileCounty = safe ? profileCounty : null;
        this.wishes = safe ? wishes : null;
        this.dictionaries = dictionaries;
    }

    /** The ORDER BY head ("" when nothing ranks): the number of reasons, descending. */
    String orderBy() {
        List<String> terms = new ArrayList<>(2);
        if (home != null) {
            terms.add("CASE WHEN township = '" + home + "' THEN 1 ELSE 0 END");
        }
        if (wishes != null) {
            StringBuilder fits = new StringBuilder("county = '" + profileCounty + "'");
            in(fits, "township", wishes.townships());
            in(fits, "industry", wishes.industries());
            in(fits, "job_type", wishes.jobTypes());
            terms.add("CASE WHEN " + fits + " THEN 1 ELSE 0 END");
        }
        return terms.isEmpty() ? "" : "(" + String.join(" + ", terms) + ") DESC, ";
    }

    List<String> reasons(Job j) {
        List<String> reasons = new ArrayList<>(2);
        if (home != null && home.equals(j.getTownship())) {
            reasons.add("与您同在" + dictionaries.nameOf(Dictionaries.TOWNSHIPS, home));
        }
        if (wishes != null && profileCounty.equals(j.getCounty())
                && wishes.fits(j.getTownship(), j.getIndustry(), j.getJobType())) {
            List<String> names = new ArrayList<>(3);
            if (!wishes.townships().isEmpty()) {
                names.add(dictionaries.nameOf(Dictionaries.TOWNSHIPS, j.getTownship()));
            }
            if (!wishes.industries().isEmpty()) {
                names.add(dictionaries.nameOf(Dictionaries.INDUSTRIES, j.getIndustry()));
            }
            if (!wishes.jobTypes().isEmpty()) {
                names.add(dictionaries.nameOf(JobRules.JOB_TYPES, j.getJobType()));
            }
            reasons.add("符合您的求职意向：" + String.join("，", names));
        }
        return List.copyOf(reasons);
    }

    private static void in(StringBuilder sql, String column, List<String> codes) {
        if (!codes.isEmpty()) {
            sql.append(" AND ").append(column).append(" IN ('").append(String.join("', '", codes)).append("')");
        }
    }

    private static boolean safe(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
