package cn.dengkou.bizservice.notice;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The reach funnel as an .xlsx workbook: 触达漏斗, 按镇（苏木）, 按主体类型. */
final class NoticeStatsExcel {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private NoticeStatsExcel() {
    }

    static byte[] write(NoticeStats.View v) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);

            Sheet funnel = wb.createSheet("触达漏斗");
            row(funnel, header, "指标", "数值");
            row(funnel, null, "公告编号", v.noticeId());
            row(funnel, null, "标题", v.title());
            row(funnel, null, "状态", v.statusName());
            row(funnel, null, "发布时间", time(v.publishedAt()));
            row(funnel, null, "撤回时间", time(v.withdrawnAt()));
            row(funnel, null, "推送目标人数", v.audience() == null ? "未推送" : v.audience());
            row(funnel, null, "站内信送达", v.inboxDelivered());
            row(funnel, null, "订阅消息已发送", v.subscribeSent());
            row(funnel, null, "订阅消息无额度", v.subscribeNoQuota());
            row(funnel, null, "订阅消息发送失败", v.subscribeFailed());
            row(funnel, null, "订阅消息结果未知", v.subscribeUnknown());
            row(funnel, null, "订阅消息待发送", v.subscribePending());
            row(funnel, null, "阅读人数", v.opened());
            row(funnel, null, "收藏人数", v.favorited());
            funnel.setColumnWidth(0, 20 * 256);
            funnel.setColumnWidth(1, 40 * 256);

            breakdown(wb.createSheet("按镇（苏木）"), header, "镇（苏木）", v.byTownship());
            breakdown(wb.createSheet("按主体类型"), header, "主体类型", v.byKind());
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void breakdown(Sheet s, CellStyle header, String first, List<NoticeStats.Row> rows) {
        row(s, header, first, "站内信送达", "阅读人数", "收藏人数");
        for (NoticeStats.Row r : rows) {
            row(s, null, r.name(), r.delivered(), r.opened(), r.favorited());
        }
        s.setColumnWidth(0, 20 * 256);
        for (int i = 1; i < 4; i++) {
            s.setColumnWidth(i, 14 * 256);
        }
    }

    private static void row(Sheet s, CellStyle style, Object... values) {
        Row r = s.createRow(s.getPhysicalNumberOfRows());
        for (int i = 0; i < values.length; i++) {
            var cell = r.createCell(i);
            if (values[i] instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(values[i] == null ? "" : values[i].toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static String time(LocalDateTime t) {
        return t == null ? "" : t.format(TIME);
    }
}
