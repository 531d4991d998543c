package cn.dengkou.bizservice.common;

import java.util.List;
import java.util.Set;

/**
 * One allowed move of a status machine: a record in any status of {@link #from} may become {@link #to}.
 * A feature's named moves (e.g. a notice's SUBMIT, PUBLISH) implement it; {@link StatusMoves} holds a table of them.
 */
public interface StatusMove<S extends Enum<S>> {

    Set<S> from();

    S to();

    default boolean allowedFrom(S status) {
        return from().contains(status);
    }

    /** The from-statuses as stored in a status column. */
    default List<String> fromNames() {
        return from().stream().map(Enum::name).sorted().toList();
    }

    static <S extends Enum<S>> StatusMove<S> of(Set<S> from, S to) {
        return new Plain<>(from, to);
    }

    /** A move without a name of its own. */
    record Plain<S extends Enum<S>>(Set<S> from, S to) implements StatusMove<S> {

        public Plain {
            if (from.isEmpty()) {
                throw new IllegalArgumentException("a move starts from at least one status");
            }
            from = Set.copyOf(from);
        }
    }
}
