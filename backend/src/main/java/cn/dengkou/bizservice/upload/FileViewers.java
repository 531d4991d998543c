package cn.dengkou.bizservice.upload;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.common.StaffRule;
import cn.dengkou.bizservice.common.StaffScope.Subject;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who may download a stored file: its uploader and ADMIN of its county (prefecture ADMIN: any county's) always;
 * anyone else only when a feature's {@link FileAccess} says so (public, or this user). A file no feature answers for
 * stays with its uploader and those ADMINs.
 */
@Component
class FileViewers {

    // stored_file.county is the uploader's division: a county ADMIN reaches only their county's uploads
    private static final StaffRule ADMIN = StaffRule.whole(Role.ADMIN);

    private final List<FileAccess> features;

    FileViewers(List<FileAccess> features) {
        this.features = List.copyOf(features);
    }

    /** {@code user} is null for a guest. */
    boolean maySee(StoredFile file, AuthUser user) {
        if (user != null && (user.id() == file.getUploadedBy() || ADMIN.mayManage(user, Subject.inCounty(file.getCounty())))) {
            return true;
        }
        long id = file.getId();
        return features.stream().anyMatch(f -> f.isPublic(id))
                || user != null && features.stream().anyMatch(f -> f.maySee(user, id));
    }
}
