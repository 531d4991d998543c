package cn.dengkou.bizservice.upload;

import cn.dengkou.bizservice.common.AuthUser;

/**
 * Who may download the files a feature uses (notice attachments, later feedback images, job and event
 * attachments). Each such feature provides one as a bean and answers only for its own files, so
 * {@code upload} never knows the features. Whatever no feature grants, only the file's uploader and
 * ADMIN may download ({@link FileViewers}).
 */
public interface FileAccess {

    /** Whether anyone, guests included, may download the file now. */
    boolean isPublic(long fileId);

    /** Whether this signed-in user may download the file, though it is not public. */
    boolean maySee(AuthUser user, long fileId);
}
