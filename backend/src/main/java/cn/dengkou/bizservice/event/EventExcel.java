package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.common.PhoneNumbers;
import cn.dengkou.bizservice.common.excel.Column;
import cn.dengkou.bizservice.common.excel.XlsxWriter;

import java.util.List;

/** An event's numbers and its registration list (for the organiser), and a month's per-kind numbers, as .xlsx. */
final class EventExcel {

    private record Metric(String name, Object value) {
    }

    private static final List<Column<Metric>> METRICS = List.of(
            Column.<Metric>text("指标", Metric::name).width(20),
            Column.<Metric>value("数值", Metric::value).width(40));

    private static final List<Column<Registration>> REGISTRATIONS = List.of(
            Column.<Registration>integer("报名编号", Registration::getId).width(12),
            Column.<Registration>text("姓名", Registration::getName).width(12),
            Column.<Registration>text("经营主体", Registration::getBusinessName).width(30),
            Column.<Registration>text("手机号", r -> PhoneNumbers.mask(r.getPhone())).width(16),
            Column.<Registration>text("状态", EventExcel::statusName).width(10),
            Column.<Registration>dateTime("报名时间", Registration::getCreatedAt).width(18),
            Column.<Registration>dateTime("签到时间", Registration::getCheckedInAt).width(18));

    private static final List<Column<EventStats.KindRow>> KINDS = List.of(
            Column.<EventStats.KindRow>text("活动类型", EventStats.KindRow::kindName).width(20),
            Column.<EventStats.KindRow>integer("活动场次", EventStats.KindRow::events).width(12),
            Column.<EventStats.KindRow>integer("报名人数", EventStats.KindRow::registered).width(12),
            Column.<EventStats.KindRow>integer("确认人数", EventStats.KindRow::confirmed).width(12),
            Column.<EventStats.KindRow>integer("候补人数", EventStats.KindRow::waitlisted).width(12),
            Column.<EventStats.KindRow>integer("签到人数", EventStats.KindRow::checkedIn).width(12),
            Column.<EventStats.KindRow>integer("现场登记", EventStats.KindRow::walkIns).width(12));

    private EventExcel() {
    }

    static void stats(EventStats.View v, XlsxWriter out) {
        out.sheet("活动统计", METRICS, List.of(
                new Metric("活动编号", v.eventId()),
                new Metric("标题", v.title()),
                new Metric("开始时间", v.startAt()),
                new Metric("名额", v.capacity() == null ? "不限" : v.capacity()),
                new Metric("邀请人数", v.invited() == null ? "未推送邀请" : v.invited()),
                new Metric("报名人数", v.registered()),
                new Metric("确认人数", v.confirmed()),
                new Metric("候补人数", v.waitlisted()),
                new Metric("取消报名", v.cancelled()),
                new Metric("签到人数", v.checkedIn()),
                new Metric("未到场", v.noShows()),
                new Metric("现场登记", v.walkIns())));
    }

    static void registrations(List<Registration> rows, XlsxWriter out) {
        out.sheet("报名名单", REGISTRATIONS, rows);
    }

    static void byKind(List<EventStats.KindRow> rows, XlsxWriter out) {
        out.sheet("按活动类型", KINDS, rows);
    }

    private static String statusName(Registration r) {
        if (Boolean.TRUE.equals(r.getWalkIn())) {
            return "现场登记";
        }
        return switch (RegistrationStatus.valueOf(r.getStatus())) {
            case CONFIRMED -> "已确认";
            case WAITLISTED -> "候补";
            case CANCELLED -> "已取消";
        };
    }
}
