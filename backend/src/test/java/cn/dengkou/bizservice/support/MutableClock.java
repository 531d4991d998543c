package cn.dengkou.bizservice.support;

import cn.dengkou.bizservice.common.TimeConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move instead of sleeping. Follows real time until {@link #setInstant} pins it. */
public class MutableClock extends Clock {

    private volatile Instant pinned;
    private volatile Duration offset = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return TimeConfig.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant base = pinned == null ? Instant.now() : pinned;
        return base.plus(offset);
    }

    public void setInstant(Instant instant) {
        this.pinned = instant;
        this.offset = Duration.ZERO;
    }

    public void advance(Duration d) {
        this.offset = offset.plus(d);
    }

    public void reset() {
        this.pinned = null;
        this.offset = Duration.ZERO;
    }
}
