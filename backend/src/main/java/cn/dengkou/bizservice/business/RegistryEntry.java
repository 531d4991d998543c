package cn.dengkou.bizservice.business;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDate;

/** One business of the registry extract (market regulation data) staff import; binding checks against it. */
@TableName("registry_entry")
class RegistryEntry {

    @TableId(type = IdType.INPUT)
    private String uscc;
    /** The county the business operates in: the file's county column, else its code's. */
    private String county;
    private String name;
    private String operatorName;
    private String kind;
    private String industry;
    private String township;
    private LocalDate registeredOn;
    private String taxpayerType;

    String getUscc() { return uscc; }
    void setUscc(String uscc) { this.uscc = uscc; }
    String getCounty() { return county; }
    void setCounty(String county) { this.county = county; }
    String getName() { return name; }
    void setName(String name) { this.name = name; }
    String getOperatorName() { return operatorName; }
    void setOperatorName(String operatorName) { this.operatorName = operatorName; }
    String getKind() { return kind; }
    void setKind(String kind) { this.kind = kind; }
    String getIndustry() { return industry; }
    void setIndustry(String industry) { this.industry = industry; }
    String getTownship() { return township; }
    void setTownship(String township) { this.township = township; }
    LocalDate getRegisteredOn() { return registeredOn; }
    void setRegisteredOn(LocalDate registeredOn) { this.registeredOn = registeredOn; }
    String getTaxpayerType() { return taxpayerType; }
    void setTaxpayerType(String taxpayerType) { this.taxpayerType = taxpayerType; }
}
