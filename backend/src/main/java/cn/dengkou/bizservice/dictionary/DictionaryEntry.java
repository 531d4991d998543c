package cn.dengkou.bizservice.dictionary;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** A row of dictionary_item; {@code county} null = shared by every county. Never deleted: records hold its code. */
@TableName("dictionary_item")
class DictionaryEntry {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String dictName;
    private String county;
    private String code;
    private String name;
    private Integer sortOrder;
    private Boolean enabled;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getDictName() { return dictName; }
    public void setDictName(String dictName) { this.dictName = dictName; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(Integer sortOrder) { this.sortOrder = sortOrder; }
    public Boolean getEnabled() { return enabled; }
    public void setEnabled(Boolean enabled) { this.enabled = enabled; }
}
