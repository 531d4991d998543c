package cn.dengkou.bizservice.dictionary;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of ADMIN's dictionary upkeep. */
final class EntryRequests {

    /** The shape of every code: what records, audiences and URLs carry, so it stays plain. */
    static final String CODE = "[A-Z][A-Z0-9_]{0,39}";

    private EntryRequests() {
    }

    /**
     * {@code POST /admin/dictionaries/{name}/entries}.
     *
     * @param county    the county of an entry of a per-county dictionary (townships); absent for a shared dictionary,
     *                  and for a county ADMIN's own county
     * @param sortOrder where it is listed; absent = after the last one
     */
    record NewEntry(
            @NotBlank(message = "不能为空") @Pattern(regexp = CODE, message = "须以大写字母开头，只含大写字母、数字和下划线，最多 40 位")
            String code,
            @NotBlank(message = "不能为空") @Size(max = 50, message = "不能超过 50 字") String name,
            @Schema(nullable = true) String county,
            @Schema(nullable = true) @Min(value = 0, message = "不能小于 0") @Max(value = 9999, message = "不能大于 9999")
            Integer sortOrder) {
    }

    /** {@code PUT /admin/dictionaries/entries/{id}}: the code never changes, records hold it. */
    record Change(
            @NotBlank(message = "不能为空") @Size(max = 50, message = "不能超过 50 字") String name,
            @NotNull(message = "不能为空") @Min(value = 0, message = "不能小于 0") @Max(value = 9999, message = "不能大于 9999")
            Integer sortOrder) {
    }
}
