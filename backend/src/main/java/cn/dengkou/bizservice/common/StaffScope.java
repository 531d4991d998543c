package cn.dengkou.bizservice.common;

import java.util.Collection;
import java.util.List;

/**
 * How far one staff member reaches under one feature's {@link StaffRule}.
 *
 * <p>A second dimension (the county a staff account and a record belong to) is one more component
 * here and in {@link Subject}, and one more condition in {@link #covers} and {@link #isWhole}.
 *
 * @param department the one department the staff member is limited to; null = every department
 */
public record StaffScope(String department) {

    /** Every record of the feature. */
    public static final StaffScope WHOLE = new StaffScope(null);

    /**
     * What a scope is checked against: the record a staff member wants to manage (a notice, a job),
     * described by the departments responsible for it.
     */
    public record Subject(Collection<String> departments) {

        public Subject {
            departments = departments == null ? List.of() : departments;
        }

        public static Subject of(Collection<String> departments) {
            return new Subject(departments);
        }
    }

    /** Whether nothing limits it: the staff member manages every record, no per-record check needed. */
    public boolean isWhole() {
        return department == null;
    }

    /** Whether the record is one this staff member may manage. */
    public boolean covers(Subject subject) {
        return department == null || subject.departments().contains(department);
    }

    /** Whether a list filtered by this department stays inside the scope. */
    public boolean coversDepartment(String code) {
        return department == null || department.equals(code);
    }
}
