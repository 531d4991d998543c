package cn.dengkou.bizservice.calendar;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDate;

/** One listed day of the working calendar: a statutory holiday or a make-up working day. */
@TableName("working_calendar")
class CalendarDay {

    @TableId(type = IdType.INPUT)
    private LocalDate calDay;
    /** {@link DayKind} name. */
    private String kind;
    private String name;

    public LocalDate getCalDay() { return calDay; }
    public void setCalDay(LocalDate calDay) { this.calDay = calDay; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
