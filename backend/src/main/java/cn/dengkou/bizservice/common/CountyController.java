package cn.dengkou.bizservice.common;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "字典")
@RequestMapping("/api/v1/counties")
class CountyController {

    /** {@code code}: the administrative division code (GB/T 2260), what {@code county=} parameters take. */
    record CountyItem(String code, String name) {
    }

    private final Counties counties;

    CountyController(Counties counties) {
        this.counties = counties;
    }

    /** The counties this deployment serves, in its configured order (one for a single-county deployment). */
    @GetMapping
    @PreAuthorize(Access.PUBLIC)
    List<CountyItem> list() {
        return counties.served().stream().map(c -> new CountyItem(c.code(), c.name())).toList();
    }
}
