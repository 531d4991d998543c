package cn.dengkou.bizservice.business;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A bound business as the owner and staff see it; {@code reviewNote} says why staff rejected it, {@code county}
 * is the division code of the county it belongs to.
 */
public record BusinessView(long id, String uscc, String county, String name, String operatorName, String kind,
                           String industry, String township, @Schema(nullable = true) LocalDate registeredOn,
                           @Schema(nullable = true) String taxpayerType, String status, List<String> tags,
                           @Schema(nullable = true) String reviewNote) {

    static BusinessView of(Business b, List<String> tags) {
        return new BusinessView(b.getId(), b.getUscc(), b.getCounty(), b.getName(), b.getOperatorName(), b.getKind(),
                b.getIndustry(), b.getTownship(), b.getRegisteredOn(), b.getTaxpayerType(), b.getStatus(), tags,
                b.getReviewNote());
    }
}
