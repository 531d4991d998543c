package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.upload.FileAccess;
import org.springframework.stereotype.Component;

/** A ticket's images are never public: staff who may handle the ticket see them (the owner uploaded them). */
@Component
class FeedbackFileAccess implements FileAccess {

    private final TicketImageMapper images;
    private final TicketMapper tickets;

    FeedbackFileAccess(TicketImageMapper images, TicketMapper tickets) {
        this.images = images;
        this.tickets = tickets;
    }

    @Override
    public boolean isPublic(long fileId) {
        return false;
    }

    @Override
    public boolean maySee(AuthUser user, long fileId) {
        if (!user.isStaff()) {
            return false;
        }
        return images.ticketsOf(fileId).stream().map(tickets::selectById)
                .anyMatch(t -> t != null && TicketAccess.mayHandle(user, t));
    }
}
