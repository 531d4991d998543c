package cn.dengkou.bizservice.upload;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Role;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads ask every feature's FileAccess; what none grants stays with the uploader and ADMIN. */
class FileViewersTest {

    private static final long UPLOADER = 10;

    /** A feature that answers for the files it lists, as a real bean would for its own attachments. */
    record Feature(Set<Long> publicFiles, Set<Long> staffFiles, long staffId, List<Long> asked) implements FileAccess {
        Feature(Set<Long> publicFiles, Set<Long> staffFiles, long staffId) {
            this(publicFiles, staffFiles, staffId, new ArrayList<>());
        }

        @Override
        public boolean isPublic(long fileId) {
            asked.add(fileId);
            return publicFiles.contains(fileId);
        }

        @Override
        public boolean maySee(AuthUser user, long fileId) {
            return user.id() == staffId && staffFiles.contains(fileId);
        }
    }

    private static StoredFile file(long id) {
        StoredFile f = new StoredFile();
        f.setId(id);
        f.setUploadedBy(UPLOADER);
        return f;
    }

    private static AuthUser user(long id, Role role) {
        return new AuthUser(id, Set.of(role), role == Role.DEPARTMENT ? "TAX" : null);
    }

    @Test
    void aFileNoFeatureAnswersForIsSeenByItsUploaderAndAdminOnly() {
        FileViewers viewers = new FileViewers(List.of(new Feature(Set.of(1L), Set.of(2L), 20)));
        StoredFile loose = file(3);
        assertThat(viewers.maySee(loose, user(UPLOADER, Role.DEPARTMENT))).isTrue();
        assertThat(viewers.maySee(loose, user(99, Role.ADMIN))).isTrue();
        assertThat(viewers.maySee(loose, user(20, Role.ASSOCIATION))).isFalse();
        assertThat(viewers.maySee(loose, user(21, Role.DEPARTMENT))).isFalse();
        assertThat(viewers.maySee(loose, user(22, Role.OWNER))).isFalse();
        assertThat(viewers.maySee(loose, null)).isFalse();
        assertThat(new FileViewers(List.of()).maySee(loose, user(UPLOADER, Role.ASSOCIATION))).isTrue();
        assertThat(new FileViewers(List.of()).maySee(loose, user(20, Role.ASSOCIATION))).isFalse();
    }

    @Test
    void everyFeatureIsAskedAndAnyOneOfThemMayGrant() {
        Feature notices = new Feature(Set.of(1L), Set.of(2L), 20);
        Feature feedback = new Feature(Set.of(4L), Set.of(5L), 30);
        FileViewers viewers = new FileViewers(List.of(notices, feedback));
        assertThat(viewers.maySee(file(1), null)).as("public through the first feature").isTrue();
        assertThat(viewers.maySee(file(4), null)).as("public through the second feature").isTrue();
        assertThat(viewers.maySee(file(4), user(22, Role.OWNER))).isTrue();
        assertThat(viewers.maySee(file(2), user(20, Role.ASSOCIATION))).isTrue();
        assertThat(viewers.maySee(file(2), user(30, Role.ASSOCIATION))).as("the other feature's staff").isFalse();
        assertThat(viewers.maySee(file(5), user(30, Role.HR))).isTrue();
        assertThat(viewers.maySee(file(2), null)).as("a guest is never asked about by name").isFalse();
        assertThat(notices.asked()).contains(1L, 4L, 2L);
        assertThat(feedback.asked()).contains(4L, 2L);
    }

    @Test
    void theUploaderAndAdminNeedNoFeature() {
        Feature notices = new Feature(Set.of(), Set.of(), 20);
        FileViewers viewers = new FileViewers(List.of(notices));
        assertThat(viewers.maySee(file(7), user(UPLOADER, Role.DEPARTMENT))).isTrue();
        assertThat(viewers.maySee(file(7), user(1, Role.ADMIN))).isTrue();
        assertThat(notices.asked()).as("no query for them").isEmpty();
    }
}
