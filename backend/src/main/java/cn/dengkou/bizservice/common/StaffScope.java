package cn.dengkou.bizservice.common;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * How far one staff member reaches under one feature's {@link StaffRule}: a department and a set of counties.
 *
 * @param department the one department the staff member is limited to; null = every department
 * @param counties   the counties the staff member is limited to; null = every county (a single-county deployment,
 *                   or prefecture staff)
 */
public record StaffScope(String department, Set<String> counties) {

    /** Every record of the feature. */
    public static final StaffScope WHOLE = new StaffScope(null, null);

    public StaffScope {
        counties = counties == null ? null : Set.copyOf(counties);
    }

    /** A department limit without a county limit. */
    public StaffScope(String department) {
        this(department, null);
    }

    /**
     * What a scope is checked against: the record a staff member wants to manage (a notice, a job, a business),
     * described by the departments responsible for it and the county it belongs to.
     *
     * @param county the record's county; null only for records of a feature not scoped by county yet
     */
    public record Subject(Collection<String> departments, String county) {

        public Subject {
            departments = departments == null ? List.of() : departments;
        }

        public static Subject of(Collection<String> departments) {
            return new Subject(departments, null);
        }

        public static Subject of(Collection<String> departments, String county) {
            return new Subject(departments, county);
        }

        /** A record with no responsible department (a business, a staff account), in its county. */
        public static Subject inCounty(String county) {
            return new Subject(List.of(), county);
        }
    }

    /** Whether nothing limits it: the staff member manages every record, no per-record check needed. */
    public boolean isWhole() {
        return department == null && counties == null;
    }

    /** Whether the record is one this staff member may manage: in the department (if limited) and the county. */
    public boolean covers(Subject subject) {
        return (department == null || subject.departments().contains(department))
                && coversCounty(subject.county());
    }

    /** Whether a list filtered by this department stays inside the scope. */
    public boolean coversDepartment(String code) {
        return department == null || department.equals(code);
    }

    /** Whether a record of this county (null: none, e.g. not found) is inside the scope. */
    public boolean coversCounty(String code) {
        return counties == null || (code != null && counties.contains(code)); // Set.copyOf refuses contains(null)
    }

    /** The counties a list is limited to for a {@code county=} filter (null = none given): null = no limit. */
    public Set<String> countiesFor(String filter) {
        if (filter == null) {
            return counties;
        }
        return coversCounty(filter) ? Set.of(filter) : Set.of();
    }
}
