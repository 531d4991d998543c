package cn.dengkou.bizservice.business;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

import java.util.Collection;

@Mapper
interface RegistryEntryMapper extends BaseMapper<RegistryEntry> {

    /** How many of these codes the registry already holds (callers keep the list to about 1,000). */
    default long countExisting(Collection<String> usccs) {
        return selectCount(new LambdaQueryWrapper<RegistryEntry>().in(RegistryEntry::getUscc, usccs));
    }
}
