package cn.dengkou.bizservice.feedback;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface FeedbackCategoryMapper extends BaseMapper<FeedbackCategory> {
}
