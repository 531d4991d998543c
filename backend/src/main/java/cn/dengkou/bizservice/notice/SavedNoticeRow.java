package cn.dengkou.bizservice.notice;

import java.time.LocalDateTime;

/** A row of an owner's favourites or recently viewed: the notice's list columns and when it was saved/viewed. */
class SavedNoticeRow {

    Long id;
    String title;
    String summary;
    String category;
    LocalDateTime validFrom;
    LocalDateTime validTo;
    LocalDateTime publishedAt;
    LocalDateTime at;
}
