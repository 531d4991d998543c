package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.common.StatusMove;

import java.util.EnumSet;
import java.util.Set;

import static cn.dengkou.bizservice.event.RegistrationStatus.CANCELLED;
import static cn.dengkou.bizservice.event.RegistrationStatus.CONFIRMED;
import static cn.dengkou.bizservice.event.RegistrationStatus.WAITLISTED;

/**
 * Every allowed status change of a registration, each a conditional UPDATE ({@code RegistrationMapper.transition}):
 * of two cancels of one registration, or two promotions of one waitlisted person, only one wins.
 */
enum RegistrationTransition implements StatusMove<RegistrationStatus> {
    /** A freed seat goes to the first waitlisted person. */
    PROMOTE(EnumSet.of(WAITLISTED), CONFIRMED),
    /** Gives up a seat: it goes to the first waitlisted, or back to the counter. */
    GIVE_UP_SEAT(EnumSet.of(CONFIRMED), CANCELLED),
    LEAVE_WAITLIST(EnumSet.of(WAITLISTED), CANCELLED);

    private final Set<RegistrationStatus> from;
    private final RegistrationStatus to;

    RegistrationTransition(Set<RegistrationStatus> from, RegistrationStatus to) {
        this.from = Set.copyOf(from);
        this.to = to;
    }

    @Override
    public Set<RegistrationStatus> from() {
        return from;
    }

    @Override
    public RegistrationStatus to() {
        return to;
    }
}
