package cn.dengkou.bizservice.job;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import org.apache.ibatis.annotations.Mapper;

import java.util.Collection;

@Mapper
interface JobSeekerMapper extends BaseMapper<JobSeeker> {

    /** The staff list, served by ix_job_seeker_county; {@code counties} null = every county. */
    default IPage<JobSeeker> staffPage(Collection<String> counties, JobSeekerSituation situation, String township,
                                       IPage<JobSeeker> page) {
        return selectPage(page, new LambdaQueryWrapper<JobSeeker>()
                .in(counties != null, JobSeeker::getCounty, counties)
                .eq(situation != null, JobSeeker::getSituation, situation)
                // an empty list is "any township": such a seeker is one for this township too
                .and(township != null, w -> w.apply("JSON_CONTAINS(townships, JSON_QUOTE({0}))", township)
                        .or().apply("JSON_LENGTH(townships) = 0"))
                .orderByDesc(JobSeeker::getUpdatedAt)
                .orderByDesc(JobSeeker::getUserId));
    }
}
