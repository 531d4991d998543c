package cn.dengkou.bizservice.feedback;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;

import java.util.Collection;

@Mapper
interface StaffAlertMapper extends BaseMapper<StaffAlert> {

    /** 1 when written, 0 when an alert with its dedup key exists already (another instance was first). */
    @Insert("INSERT IGNORE INTO feedback_alert (county, department, ticket_id, kind, title, summary, dedup_key, created_at)"
            + " VALUES (#{county}, #{department}, #{ticketId}, #{kind}, #{title}, #{summary}, #{dedupKey}, #{createdAt})")
    int insertOnce(StaffAlert alert);

    /** {@code department} null: the association's; {@code counties} null: every county. Newest first. */
    default Page<StaffAlert> addressedTo(String department, Collection<String> counties, Page<StaffAlert> page) {
        return selectPage(page, new LambdaQueryWrapper<StaffAlert>()
                .in(counties != null, StaffAlert::getCounty, counties)
                .isNull(department == null, StaffAlert::getDepartment)
                .eq(department != null, StaffAlert::getDepartment, department)
                .orderByDesc(StaffAlert::getId));
    }
}
