package cn.dengkou.bizservice.job;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

import java.util.List;

@Mapper
interface JobAlertMapper extends BaseMapper<JobAlert> {

    /** One keyset page of a county's subscriptions in user id order (ix_job_alert_county): the digest's walk. */
    default List<JobAlert> pageAfter(String county, long afterUserId, int limit) {
        return selectList(new LambdaQueryWrapper<JobAlert>()
                .eq(JobAlert::getCounty, county)
                .gt(JobAlert::getUserId, afterUserId)
                .orderByAsc(JobAlert::getUserId)
                .last("LIMIT " + limit));
    }

    default int deleteFollowingProfile(long userId) {
        return delete(new LambdaQueryWrapper<JobAlert>()
                .eq(JobAlert::getUserId, userId)
                .eq(JobAlert::getOrigin, JobAlert.Origin.PROFILE));
    }
}
