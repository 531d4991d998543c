package cn.dengkou.bizservice.job;

import java.util.List;

/**
 * Jobs became open: one staff create ({@code "job:<id>"}), one import run ({@code "import:<runId>"}, all its new
 * and reopened jobs in one event) or one hiring-need approval ({@code "need:<needId>"}). Published after the
 * transaction that opened them committed ({@link JobEvents}), so a plain {@code @EventListener} sees the rows.
 * The batch key lets alerts send one digest per subscriber per batch.
 */
public record JobsOpened(List<Long> jobIds, String batchKey) {

    public JobsOpened {
        jobIds = List.copyOf(jobIds);
    }
}
