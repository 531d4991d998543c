package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.QueryParams;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.YearMonth;

/** {@code GET /admin/visits?township=&staff=&month=2026-09&county=}: {@code staff} is the recording staff member's id. */
record VisitFilter(String township, Long staff, @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, String county) {

    VisitFilter {
        township = QueryParams.orNull(township);
        county = QueryParams.orNull(county);
    }
}
