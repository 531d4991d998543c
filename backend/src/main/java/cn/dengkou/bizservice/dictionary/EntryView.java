package cn.dengkou.bizservice.dictionary;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An entry as ADMIN sees it; {@code id} names it in {@code /admin/dictionaries/entries/{id}} and in the audit trail
 * ({@code subjectKind=dictionary}).
 *
 * @param county     the county whose entry it is; null = shared by every county
 * @param countyName that county's name; null for a shared entry
 * @param enabled    false: offered nowhere and refused for new records; records that hold it still show its name
 */
record EntryView(long id, String dictionary, String code, String name, @Schema(nullable = true) String county,
                 @Schema(nullable = true) String countyName, int sortOrder, boolean enabled) {
}
