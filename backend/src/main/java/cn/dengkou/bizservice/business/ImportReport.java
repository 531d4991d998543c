package cn.dengkou.bizservice.business;

import java.util.List;

/**
 * What a registry import did: new and changed registry entries, pending claims it verified, and each
 * refused row with its row number in the file (the header row included) and the reason in Chinese.
 */
record ImportReport(int created, int updated, int verified, List<Rejected> rejected) {

    record Rejected(int row, String reason) {
    }
}
