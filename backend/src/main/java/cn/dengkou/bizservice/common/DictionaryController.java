package cn.dengkou.bizservice.common;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "字典", description = "公开的代码表：镇（苏木）、主体类型、行业、部门等代码与中文名称")
@RequestMapping("/api/v1/dictionaries")
class DictionaryController {

    record Entry(String code, String name) {
    }

    /** {@code name} is what {@code GET /dictionaries/{name}} takes; {@code label} is its Chinese title. */
    record DictionaryName(String name, String label) {
    }

    private final Dictionaries dictionaries;
    private final Counties counties;

    DictionaryController(Dictionaries dictionaries, Counties counties) {
        this.dictionaries = dictionaries;
        this.counties = counties;
    }

    @GetMapping
    @PreAuthorize(Access.PUBLIC)
    List<DictionaryName> list() {
        return dictionaries.names().entrySet().stream().map(e -> new DictionaryName(e.getKey(), e.getValue())).toList();
    }

    /**
     * {@code county}: that county's entries and the shared ones (e.g. one county's townships); without it every
     * served county's, so a single-county deployment answers as before.
     */
    @GetMapping("/{name}")
    @PreAuthorize(Access.PUBLIC)
    List<Entry> get(@PathVariable String name, @RequestParam(required = false) String county) {
        String c = QueryParams.orNull(county);
        if (c != null && !counties.isServed(c)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "county 取值无效：" + c);
        }
        Map<String, String> entries = dictionaries.entries(name, c);
        if (entries.isEmpty()) {
            throw new ApiException(ErrorCode.DICTIONARY_NOT_FOUND);
        }
        return entries.entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList();
    }
}
