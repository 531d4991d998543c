package cn.dengkou.bizservice.common;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code ?page=1&size=20}, size 1..100, bound from query parameters. */
public record PageQuery(@Min(1) Integer page, @Min(1) @Max(100) Integer size) {

    public PageQuery {
        page = page == null ? 1 : page;
        size = size == null ? 20 : size;
    }

    public <T> Page<T> toPage() {
        return Page.of(page, size);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
