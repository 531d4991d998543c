package cn.dengkou.bizservice.job;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

/** Publishes {@link JobsOpened} once the current transaction has committed (at once when there is none). */
@Component
class JobEvents {

    private final ApplicationEventPublisher events;

    JobEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    void opened(List<Long> jobIds, String batchKey) {
        if (jobIds.isEmpty()) {
            return;
        }
        JobsOpened event = new JobsOpened(jobIds, batchKey);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a rolled-back create must not alert anyone
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    events.publishEvent(event);
                }
            });
        } else {
            events.publishEvent(event);
        }
    }
}
