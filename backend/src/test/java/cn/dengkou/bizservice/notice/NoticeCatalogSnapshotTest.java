package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.targeting.Audience;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The instants around "now" between which the listed set cannot change (what cached pages rely on). */
class NoticeCatalogSnapshotTest {

    private static final LocalDateTime T1 = LocalDateTime.of(2026, 11, 26, 9, 0);
    private static final LocalDateTime T2 = LocalDateTime.of(2026, 11, 27, 9, 0);
    private static final LocalDateTime T3 = LocalDateTime.of(2026, 12, 1, 0, 0);

    private final NoticeCatalog.Snapshot s = new NoticeCatalog.Snapshot(1, 0, List.of(),
            new LocalDateTime[] {T1, T2, T3});

    @Test
    void boundsAreTheNeighbouringChanges() {
        assertThat(s.lastChange(T1.minusSeconds(1))).isEqualTo(LocalDateTime.MIN);
        assertThat(s.nextChange(T1.minusSeconds(1))).isEqualTo(T1);
        assertThat(s.lastChange(T1)).isEqualTo(T1);
        assertThat(s.nextChange(T1)).isEqualTo(T2);
        assertThat(s.lastChange(T2.minusSeconds(1))).isEqualTo(T1);
        assertThat(s.lastChange(T3.plusDays(1))).isEqualTo(T3);
        assertThat(s.nextChange(T3)).isEqualTo(LocalDateTime.MAX);
    }

    @Test
    void listedAtFlipsOnlyAtThoseInstants() {
        NoticeCatalog.Entry e = new NoticeCatalog.Entry(1, "t", null, "POLICY", List.of(), Audience.everyone(),
                T1, null, T3, null);
        assertThat(e.listedAt(T1.minusNanos(1))).isFalse();
        assertThat(e.listedAt(T1)).isTrue();
        assertThat(e.listedAt(T3.minusNanos(1))).isTrue();
        assertThat(e.listedAt(T3)).isFalse();
    }
}
