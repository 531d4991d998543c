package cn.dengkou.bizservice.calendar;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

import java.time.LocalDate;
import java.util.List;

@Mapper
interface CalendarDayMapper extends BaseMapper<CalendarDay> {

    default List<CalendarDay> all() {
        return selectList(new LambdaQueryWrapper<CalendarDay>().orderByAsc(CalendarDay::getCalDay));
    }

    default List<CalendarDay> between(LocalDate from, LocalDate to) {
        return selectList(new LambdaQueryWrapper<CalendarDay>().ge(CalendarDay::getCalDay, from)
                .le(CalendarDay::getCalDay, to).orderByAsc(CalendarDay::getCalDay));
    }
}
