package cn.dengkou.bizservice.business;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * An owner's claim on a business; kind, industry, township and taxpayerType are dictionary codes. {@code county}
 * (a served county's code) is read only when neither the registry nor the code tells the county and several
 * counties are served.
 */
record BindRequest(
        @NotBlank(message = "请填写统一社会信用代码") String uscc,
        @NotBlank(message = "请填写经营主体名称") @Size(max = 200, message = "名称不能超过200字") String name,
        @NotBlank(message = "请填写经营者姓名") @Size(max = 50, message = "经营者姓名不能超过50字") String operatorName,
        @NotBlank(message = "请选择主体类型") String kind,
        @NotBlank(message = "请选择所属行业") String industry,
        @NotBlank(message = "请选择所在乡镇") String township,
        LocalDate registeredOn,
        String taxpayerType,
        String county) {

    BindRequest {
        taxpayerType = taxpayerType == null || taxpayerType.isBlank() ? null : taxpayerType.strip();
        county = county == null || county.isBlank() ? null : county.strip();
    }
}
