package cn.dengkou.bizservice.upload;

import cn.dengkou.bizservice.common.AuthUser;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Images owners attach to what they submit (feedback): JPG or PNG by content, at most {@link #MAX_SIZE}. Who may
 * see one afterwards is the attaching feature's {@link FileAccess}; until attached only its uploader (and ADMIN).
 */
@Component
public class OwnerImages {

    public static final DataSize MAX_SIZE = DataSize.ofMegabytes(5);
    private static final Set<FileType> IMAGES = EnumSet.of(FileType.JPG, FileType.PNG);

    /** A stored image: its id for the submission, and where it downloads. */
    public record OwnerImage(long id, String url) {
    }

    private final Uploads uploads;
    private final StoredFileMapper files;

    OwnerImages(Uploads uploads, StoredFileMapper files) {
        this.uploads = uploads;
        this.files = files;
    }

    public OwnerImage store(MultipartFile file, AuthUser owner) {
        Uploads.UploadView v = uploads.store(file, owner, IMAGES, MAX_SIZE, "只能上传 JPG 或 PNG 图片");
        return new OwnerImage(v.id(), v.url());
    }

    /** Whether every id is an image this user uploaded (so a submission cannot attach someone else's file). */
    public boolean allOwnImages(Collection<Long> ids, long userId) {
        Set<Long> wanted = new HashSet<>(ids);
        if (wanted.isEmpty()) {
            return true;
        }
        long found = files.selectCount(new LambdaQueryWrapper<StoredFile>()
                .in(StoredFile::getId, wanted)
                .eq(StoredFile::getUploadedBy, userId)
                .in(StoredFile::getFileType, IMAGES.stream().map(Enum::name).toList()));
        return found == wanted.size();
    }
}
