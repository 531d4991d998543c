package cn.dengkou.bizservice.upload;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Role;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who may download a stored file: its uploader and ADMIN always; anyone else only when a feature's
 * {@link FileAccess} says so (public, or this user). A file no feature answers for stays with its uploader and ADMIN.
 */
@Component
class FileViewers {

    private final List<FileAccess> features;

    FileViewers(List<FileAccess> features) {
        this.features = List.copyOf(features);
    }

    /** {@code user} is null for a guest. */
    boolean maySee(StoredFile file, AuthUser user) {
        if (user != null && (user.id() == file.getUploadedBy() || user.has(Role.ADMIN))) {
            return true;
        }
        long id = file.getId();
        return features.stream().anyMatch(f -> f.isPublic(id))
                || user != null && features.stream().anyMatch(f -> f.maySee(user, id));
    }
}
