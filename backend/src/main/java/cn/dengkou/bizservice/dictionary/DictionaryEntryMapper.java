package cn.dengkou.bizservice.dictionary;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.Collection;
import java.util.List;
import java.util.Map;

@Mapper
interface DictionaryEntryMapper extends BaseMapper<DictionaryEntry> {

    /** Each dictionary's name, Chinese label and whether its entries belong to one county each. */
    @Select("SELECT name, label, CAST(per_county AS SIGNED) AS per_county FROM dictionary ORDER BY sort_order, name")
    List<Map<String, Object>> dictionaries();

    /** Whether the dictionary's entries belong to one county each; null = no such dictionary. */
    @Select("SELECT per_county FROM dictionary WHERE name = #{name}")
    Boolean perCounty(@Param("name") String name);

    /**
     * A dictionary's entries, disabled ones included: the shared ones and those of {@code counties} (null = every
     * county's). Served by the primary key (dict_name, …); {@code ix_dictionary_item_county} serves the county filter.
     */
    default List<DictionaryEntry> list(String dictionary, Collection<String> counties) {
        return selectList(new LambdaQueryWrapper<DictionaryEntry>()
                .eq(DictionaryEntry::getDictName, dictionary)
                .and(counties != null, w -> w.isNull(DictionaryEntry::getCounty)
                        .or(!counties.isEmpty(), o -> o.in(DictionaryEntry::getCounty, counties)))
                .orderByAsc(DictionaryEntry::getSortOrder, DictionaryEntry::getCode));
    }

    /** Whether another enabled entry a reader of {@code county} would see (null = any county's) has this name. */
    default boolean nameTaken(String dictionary, String county, String name, Long exceptId) {
        return exists(new LambdaQueryWrapper<DictionaryEntry>()
                .eq(DictionaryEntry::getDictName, dictionary)
                .eq(DictionaryEntry::getName, name)
                .eq(DictionaryEntry::getEnabled, true)
                .ne(exceptId != null, DictionaryEntry::getId, exceptId)
                .and(county != null, w -> w.isNull(DictionaryEntry::getCounty).or().eq(DictionaryEntry::getCounty, county)));
    }

    /** The next sort order after the last entry of the dictionary in that county (null = the shared ones). */
    @Select("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM dictionary_item WHERE dict_name = #{name}"
            + " AND (county = #{county} OR (#{county} IS NULL AND county IS NULL))")
    int nextSortOrder(@Param("name") String dictionary, @Param("county") String county);

    /** Renames (and reorders); returns whether the row was there. */
    default boolean rename(long id, String name, int sortOrder) {
        return update(null, new LambdaUpdateWrapper<DictionaryEntry>().eq(DictionaryEntry::getId, id)
                .set(DictionaryEntry::getName, name).set(DictionaryEntry::getSortOrder, sortOrder)) == 1;
    }

    /** Enables or disables; returns whether it changed (false: it already was). */
    default boolean setEnabled(long id, boolean enabled) {
        return update(null, new LambdaUpdateWrapper<DictionaryEntry>().eq(DictionaryEntry::getId, id)
                .eq(DictionaryEntry::getEnabled, !enabled).set(DictionaryEntry::getEnabled, enabled)) == 1;
    }
}
