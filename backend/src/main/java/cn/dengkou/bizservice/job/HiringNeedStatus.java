package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.StatusMove;

import java.util.EnumSet;
import java.util.Set;

/** Where a hiring need stands; HR moves it once, from SUBMITTED. */
enum HiringNeedStatus {
    SUBMITTED("待审核"),
    /** Published as jobs linked to the business. */
    APPROVED("已通过"),
    REJECTED("已退回");

    final String label;

    HiringNeedStatus(String label) {
        this.label = label;
    }

    /** The two moves, each a conditional UPDATE ({@code HiringNeedMapper.transition}). */
    enum Move implements StatusMove<HiringNeedStatus> {
        APPROVE(APPROVED), REJECT(REJECTED);

        private final HiringNeedStatus to;

        Move(HiringNeedStatus to) {
            this.to = to;
        }

        @Override
        public Set<HiringNeedStatus> from() {
            return EnumSet.of(SUBMITTED);
        }

        @Override
        public HiringNeedStatus to() {
            return to;
        }
    }
}
