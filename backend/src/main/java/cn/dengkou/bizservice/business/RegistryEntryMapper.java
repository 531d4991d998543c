package cn.dengkou.bizservice.business;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

@Mapper
interface RegistryEntryMapper extends BaseMapper<RegistryEntry> {

    /** Which of these codes the registry already holds, with their county (callers keep the list to about 1,000). */
    default Map<String, String> countiesOf(Collection<String> usccs) {
        Map<String, String> held = new HashMap<>();
        if (!usccs.isEmpty()) {
            selectList(new LambdaQueryWrapper<RegistryEntry>().select(RegistryEntry::getUscc, RegistryEntry::getCounty)
                    .in(RegistryEntry::getUscc, usccs)).forEach(e -> held.put(e.getUscc(), e.getCounty()));
        }
        return held;
    }
}
