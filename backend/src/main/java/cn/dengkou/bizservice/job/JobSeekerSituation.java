package cn.dengkou.bizservice.job;

import java.util.Arrays;
import java.util.List;

/** Where a seeker stands; the first two are the plan's priority groups (优先推送). */
public enum JobSeekerSituation {
    GRADUATE("待就业毕业生"),
    LAID_OFF("失业/下岗人员"),
    OTHER("其他求职者");

    private final String label;

    JobSeekerSituation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Job alerts reach these seekers before anyone else. */
    public boolean isPriority() {
        return this != OTHER;
    }

    /** The names of the priority groups, for SQL that picks them out. */
    static List<String> priorityNames() {
        return Arrays.stream(values()).filter(JobSeekerSituation::isPriority).map(Enum::name).toList();
    }
}
