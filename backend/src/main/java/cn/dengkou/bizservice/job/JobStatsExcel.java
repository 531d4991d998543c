package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.excel.Column;
import cn.dengkou.bizservice.common.excel.XlsxWriter;

import java.util.List;

/** HR's counts as an .xlsx workbook through the shared writer: 概况, 按乡镇, 按行业, 按用工类型. */
final class JobStatsExcel {

    private record Metric(String name, long value) {
    }

    private static final List<Column<Metric>> SUMMARY = List.of(
            Column.<Metric>text("指标", Metric::name).width(24),
            Column.<Metric>integer("数值", Metric::value).width(14));

    private JobStatsExcel() {
    }

    static void write(JobStats.View v, XlsxWriter out) {
        out.sheet("概况", SUMMARY, List.of(
                new Metric("用工需求·待审核", v.hiringNeeds().submitted()),
                new Metric("用工需求·已通过", v.hiringNeeds().approved()),
                new Metric("用工需求·已退回", v.hiringNeeds().rejected()),
                new Metric("用工需求·劳务合作", v.hiringNeeds().labourCooperation()),
                new Metric("联系方式查看次数", v.contactReveals()),
                new Metric("联系方式查看人数", v.contactRevealUsers()),
                new Metric("岗位提醒·订阅人数", v.alerts().subscribers()),
                new Metric("岗位提醒·优先群体订阅人数", v.alerts().prioritySubscribers()),
                new Metric("岗位提醒·推送批次", v.alerts().digests()),
                new Metric("岗位提醒·送达消息", v.alerts().sent()),
                new Metric("岗位提醒·已读消息", v.alerts().opened())));
        out.sheet("按乡镇", breakdown("乡镇"), v.byTownship());
        out.sheet("按行业", breakdown("行业"), v.byIndustry());
        out.sheet("按用工类型", breakdown("用工类型"), v.byType());
    }

    private static List<Column<JobStats.Row>> breakdown(String first) {
        return List.of(
                Column.<JobStats.Row>text(first, JobStats.Row::name).width(24),
                Column.<JobStats.Row>integer("招聘中", JobStats.Row::open).width(12),
                Column.<JobStats.Row>integer("已招满", JobStats.Row::filled).width(12),
                Column.<JobStats.Row>integer("已过期", JobStats.Row::expired).width(12),
                Column.<JobStats.Row>integer("已关闭", JobStats.Row::closed).width(12));
    }
}
