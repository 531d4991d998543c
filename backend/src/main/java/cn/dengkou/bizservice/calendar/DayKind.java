package cn.dengkou.bizservice.calendar;

/** What a listed day is: a statutory holiday, or a weekend day worked instead (调休上班). */
public enum DayKind {
    HOLIDAY, WORKDAY
}
