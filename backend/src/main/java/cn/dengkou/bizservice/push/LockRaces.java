package cn.dengkou.bizservice.push;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs again a transaction that lost a deadlock (or a lock wait) to another instance. Only for work
 * that InnoDB rolled back whole and whose every change is conditional on the state it expects, so a
 * second run cannot apply anything twice: claims and settlements.
 */
final class LockRaces {

    private static final Logger log = LoggerFactory.getLogger(LockRaces.class);

    private LockRaces() {
    }

    /** Up to {@code attempts} runs, a short random pause between them; the last loss is thrown. */
    static <T> T retry(String what, int attempts, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                log.debug("push: {} lost a lock race (attempt {}), running it again", what, attempt);
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
