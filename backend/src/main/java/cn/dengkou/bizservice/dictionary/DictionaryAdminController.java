package cn.dengkou.bizservice.dictionary;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "后台·字典维护", description = "管理员维护字典条目：新增、改名、停用、启用（不删除）；乡镇按区县（旗）维护，共用字典由市级管理员维护")
@RequestMapping("/api/v1/admin/dictionaries")
@PreAuthorize(Access.ADMIN)
class DictionaryAdminController {

    private final DictionaryUpkeep upkeep;

    DictionaryAdminController(DictionaryUpkeep upkeep) {
        this.upkeep = upkeep;
    }

    @GetMapping
    List<DictionaryView> dictionaries() {
        return upkeep.dictionaries();
    }

    /** {@code county}: that county's own entries (and the shared ones) only. */
    @GetMapping("/{name}/entries")
    List<EntryView> list(@PathVariable String name, @RequestParam(required = false) String county,
                         @AuthenticationPrincipal AuthUser admin) {
        return upkeep.list(name, county, admin);
    }

    @PostMapping("/{name}/entries")
    @ResponseStatus(HttpStatus.CREATED)
    EntryView add(@PathVariable String name, @Valid @RequestBody EntryRequests.NewEntry request,
                  @AuthenticationPrincipal AuthUser admin) {
        return upkeep.add(name, request, admin);
    }

    @PutMapping("/entries/{id}")
    EntryView change(@PathVariable long id, @Valid @RequestBody EntryRequests.Change request,
                     @AuthenticationPrincipal AuthUser admin) {
        return upkeep.change(id, request, admin);
    }

    @PostMapping("/entries/{id}/disable")
    EntryView disable(@PathVariable long id, @AuthenticationPrincipal AuthUser admin) {
        return upkeep.setEnabled(id, false, admin);
    }

    @PostMapping("/entries/{id}/enable")
    EntryView enable(@PathVariable long id, @AuthenticationPrincipal AuthUser admin) {
        return upkeep.setEnabled(id, true, admin);
    }
}
