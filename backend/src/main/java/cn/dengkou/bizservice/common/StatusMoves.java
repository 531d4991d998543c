package cn.dengkou.bizservice.common;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table of every allowed move of one status machine (from-set → to). Code asks it before it moves a
 * record; the database update itself ({@link StatusUpdate}) is conditional on the same from-set.
 */
public final class StatusMoves<S extends Enum<S>> {

    private final Map<S, StatusMove<S>> into = new HashMap<>();
    private final Map<S, Set<S>> next = new HashMap<>();

    @SafeVarargs
    public static <S extends Enum<S>> StatusMoves<S> of(StatusMove<S>... moves) {
        return new StatusMoves<>(List.of(moves));
    }

    private StatusMoves(List<StatusMove<S>> moves) {
        Map<S, Set<S>> sources = new HashMap<>();
        for (StatusMove<S> m : moves) {
            sources.computeIfAbsent(m.to(), k -> EnumSet.noneOf(m.to().getDeclaringClass())).addAll(m.from());
            for (S f : m.from()) {
                next.computeIfAbsent(f, k -> EnumSet.noneOf(f.getDeclaringClass())).add(m.to());
            }
        }
        sources.forEach((to, from) -> into.put(to, StatusMove.of(from, to)));
        next.replaceAll((from, to) -> Set.copyOf(to));
    }

    public boolean allows(S from, S to) {
        return next.getOrDefault(from, Set.of()).contains(to);
    }

    /** Guards a move the code is about to make: one the table does not list is a bug, not a race. */
    public void check(S from, S to) {
        if (!allows(from, to)) {
            throw new IllegalStateException(from.getDeclaringClass().getSimpleName() + " cannot move " + from + " -> " + to);
        }
    }

    /** The move into {@code to} from every status the table lets reach it. */
    public StatusMove<S> into(S to) {
        StatusMove<S> m = into.get(to);
        if (m == null) {
            throw new IllegalArgumentException("no move leads to " + to);
        }
        return m;
    }
}
