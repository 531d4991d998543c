package cn.dengkou.bizservice.upload;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface StoredFileMapper extends BaseMapper<StoredFile> {
}
