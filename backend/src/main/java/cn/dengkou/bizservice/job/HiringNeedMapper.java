package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.StatusUpdate;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

@Mapper
interface HiringNeedMapper extends BaseMapper<HiringNeed> {

    StatusUpdate<HiringNeed> STATUS = new StatusUpdate<>(HiringNeed::getId, HiringNeed::getStatus);

    default boolean transition(long id, HiringNeedStatus.Move move, LocalDateTime now,
                               Consumer<LambdaUpdateWrapper<HiringNeed>> sets) {
        return STATUS.move(this, id, move, w -> sets.accept(w.set(HiringNeed::getUpdatedAt, now)));
    }

    default List<HiringNeed> ofOwner(long ownerId) {
        return selectList(new LambdaQueryWrapper<HiringNeed>().eq(HiringNeed::getOwnerId, ownerId).orderByDesc(HiringNeed::getId));
    }

    /** HR list, newest first; {@code counties} null = every county ({@code ix_hiring_need_county}). */
    default IPage<HiringNeed> staffPage(HiringNeedStatus status, Collection<String> counties, Page<HiringNeed> page) {
        return selectPage(page, new LambdaQueryWrapper<HiringNeed>()
                .in(counties != null, HiringNeed::getCounty, counties)
                .eq(status != null, HiringNeed::getStatus, status == null ? null : status.name())
                .orderByDesc(HiringNeed::getId));
    }

    @Select("SELECT id, hiring_need_id, title, headcount, salary_min, salary_max, job_id FROM hiring_need_position"
            + " WHERE hiring_need_id = #{id} ORDER BY id")
    List<HiringNeedPosition> positions(@Param("id") long needId);

    @Insert("<script>INSERT INTO hiring_need_position (hiring_need_id, title, headcount, salary_min, salary_max) VALUES"
            + " <foreach collection='rows' item='p' separator=','>(#{id}, #{p.title}, #{p.headcount}, #{p.salaryMin}, #{p.salaryMax})</foreach></script>")
    int addPositions(@Param("id") long needId, @Param("rows") List<HiringNeedRequest.Position> positions);

    @Update("UPDATE hiring_need_position SET job_id = #{job} WHERE id = #{id}")
    int linkJob(@Param("id") long positionId, @Param("job") long jobId);
}
