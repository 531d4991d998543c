package cn.dengkou.bizservice.feedback;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;

import java.time.LocalDateTime;
import java.util.List;

@Mapper
interface OpinionMapper extends BaseMapper<Opinion> {

    String SUBMITTED = "SUBMITTED";

    default List<Opinion> ofNotice(long noticeId) {
        return selectList(new LambdaQueryWrapper<Opinion>().eq(Opinion::getNoticeId, noticeId).orderByAsc(Opinion::getId));
    }

    default Page<Opinion> ofOwner(long ownerId, Page<Opinion> page) {
        return selectPage(page, new LambdaQueryWrapper<Opinion>().eq(Opinion::getOwnerId, ownerId).orderByDesc(Opinion::getId));
    }


    /** SUBMITTED → ADOPTED or NOTED, once. */
    default boolean decide(long id, String status, long staffId, String reply, LocalDateTime now) {
        return update(null, new LambdaUpdateWrapper<Opinion>().eq(Opinion::getId, id).eq(Opinion::getStatus, SUBMITTED)
                .set(Opinion::getStatus, status).set(Opinion::getDecidedBy, staffId).set(Opinion::getDecidedAt, now)
                .set(Opinion::getReply, reply)) == 1;
    }
}
