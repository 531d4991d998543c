package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** V14 applies, the entity maps every column of {@code job}, (source, external_id) is unique and moves are conditional. */
@IntegrationTest
class JobSchemaTest {

    @Autowired
    JobMapper jobs;

    @Test
    void entityRoundTripsAndSourceExternalIdIsUnique() {
        LocalDateTime now = LocalDateTime.of(2026, 12, 1, 9, 0);
        String ext = "schema-" + System.nanoTime();
        Job j = job(ext, now);
        jobs.insert(j);

        Job read = jobs.findImported("schema-test", ext);
        assertThat(read.getTitle()).isEqualTo("葵花籽分拣工");
        assertThat(read.getSalaryNegotiable()).isFalse();
        assertThat(read.getValidUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(jobs.findOpen(j.getId(), LocalDate.of(2026, 12, 31))).isNotNull();
        assertThat(jobs.findOpen(j.getId(), LocalDate.of(2027, 1, 1))).isNull();
        assertThat(jobs.dueToExpire(LocalDate.of(2027, 1, 1), 10_000)).contains(j.getId());

        assertThatThrownBy(() -> jobs.insert(job(ext, now))).isInstanceOf(DuplicateKeyException.class);

        assertThat(jobs.transition(j.getId(), JobTransition.REOPEN, now, w -> { })).isFalse();
        assertThat(jobs.transition(j.getId(), JobTransition.FILL, now, w -> { })).isTrue();
        assertThat(jobs.transition(j.getId(), JobTransition.CLOSE, now, w -> { })).isFalse();
        assertThat(jobs.selectById(j.getId()).getStatus()).isEqualTo("FILLED");
        jobs.deleteById(j.getId());
    }

    private static Job job(String ext, LocalDateTime now) {
        Job j = new Job();
        j.setCounty("150822");
        j.setTitle("葵花籽分拣工");
        j.setEmployer("磴口县某农业公司");
        j.setJobType("SEASONAL");
        j.setHeadcount(20);
        j.setSalaryMin(3000);
        j.setSalaryMax(4500);
        j.setSalaryNegotiable(false);
        j.setContactPhone("13800000000");
        j.setValidUntil(LocalDate.of(2026, 12, 31));
        j.setStatus(JobStatus.OPEN.name());
        j.setSource("schema-test");
        j.setExternalId(ext);
        j.setCreatedAt(now);
        j.setUpdatedAt(now);
        j.setPublishedAt(now);
        return j;
    }
}
