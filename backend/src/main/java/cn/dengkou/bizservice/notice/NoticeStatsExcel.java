package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.excel.Column;
import cn.dengkou.bizservice.common.excel.XlsxWriter;

import java.time.LocalDateTime;
import java.util.List;

/** The reach funnel as an .xlsx workbook: 触达漏斗, 按镇（苏木）, 按主体类型, 按区县（旗）. */
final class NoticeStatsExcel {

    /** One line of the funnel sheet: a Chinese label and its number, text or time. */
    private record Metric(String name, Object value) {
    }

    private static final List<Column<Metric>> FUNNEL = List.of(
            Column.<Metric>text("指标", Metric::name).width(20),
            Column.<Metric>value("数值", Metric::value).width(40));

    private NoticeStatsExcel() {
    }

    static void write(NoticeStats.View v, XlsxWriter out) {
        out.sheet("触达漏斗", FUNNEL, List.of(
                new Metric("公告编号", v.noticeId()),
                new Metric("标题", v.title()),
                new Metric("状态", v.statusName()),
                new Metric("发布时间", time(v.publishedAt())),
                new Metric("撤回时间", time(v.withdrawnAt())),
                new Metric("推送目标人数", v.audience() == null ? "未推送" : v.audience()),
                new Metric("站内信送达", v.inboxDelivered()),
                new Metric("订阅消息已发送", v.subscribeSent()),
                new Metric("订阅消息无额度", v.subscribeNoQuota()),
                new Metric("订阅消息发送失败", v.subscribeFailed()),
                new Metric("订阅消息结果未知", v.subscribeUnknown()),
                new Metric("订阅消息待发送", v.subscribePending()),
                new Metric("阅读人数", v.opened()),
                new Metric("收藏人数", v.favorited())));
        out.sheet("按镇（苏木）", breakdown("镇（苏木）"), v.byTownship());
        out.sheet("按主体类型", breakdown("主体类型"), v.byKind());
        out.sheet("按区县（旗）", breakdown("区县（旗）"), v.byCounty());
    }

    private static List<Column<NoticeStats.Row>> breakdown(String first) {
        return List.of(
                Column.<NoticeStats.Row>text(first, NoticeStats.Row::name).width(20),
                Column.<NoticeStats.Row>integer("站内信送达", NoticeStats.Row::delivered).width(14),
                Column.<NoticeStats.Row>integer("阅读人数", NoticeStats.Row::opened).width(14),
                Column.<NoticeStats.Row>integer("收藏人数", NoticeStats.Row::favorited).width(14));
    }

    /** A time cell, or an empty text cell so every label keeps a value cell. */
    private static Object time(LocalDateTime t) {
        return t == null ? "" : t;
    }
}
