package cn.dengkou.bizservice.common;

import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.support.SFunction;

import java.util.function.Consumer;

/**
 * The one way a record of a status machine changes status:
 * {@code UPDATE <table> SET status = ?, … WHERE id = ? AND status IN (<from>)}. The database decides who
 * won: of two callers making a move on the same row, the second finds the status changed and updates nothing.
 * A mapper keeps one as a constant and calls it from its default methods.
 */
public final class StatusUpdate<T> {

    private final SFunction<T, ?> idColumn;
    private final SFunction<T, ?> statusColumn;

    public StatusUpdate(SFunction<T, ?> idColumn, SFunction<T, ?> statusColumn) {
        this.idColumn = idColumn;
        this.statusColumn = statusColumn;
    }

    /**
     * Makes the move if the row is still in one of its from-statuses; {@code sets} adds the columns of the
     * move (and any further condition). True when this caller moved the row.
     */
    public <S extends Enum<S>> boolean move(BaseMapper<T> mapper, Object id, StatusMove<S> move,
                                            Consumer<LambdaUpdateWrapper<T>> sets) {
        LambdaUpdateWrapper<T> w = new LambdaUpdateWrapper<T>()
                .eq(idColumn, id)
                .in(statusColumn, move.fromNames())
                .set(statusColumn, move.to().name());
        sets.accept(w);
        return mapper.update(null, w) == 1;
    }
}
