package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A staff upload of jobs: into the staff member's county (prefecture staff name one), as one import run. */
@Service
class JobUploads {

    private final JobImport imports;
    private final JobAccess access;

    JobUploads(JobImport imports, JobAccess access) {
        this.imports = imports;
        this.access = access;
    }

    JobImportReport run(MultipartFile file, String source, boolean closeMissing, String county, AuthUser staff) {
        JobImport.Options options = options(source, closeMissing, county, staff, "UPLOAD");
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new ApiException(ErrorCode.IMPORT_FILE_INVALID, "上传的文件无法读取");
        }
        return imports.run(content, file.getOriginalFilename(), options);
    }

    /** The employment platform's JSON array sent as the request body (within the JSON body limit). */
    JobImportReport runJson(byte[] body, String source, boolean closeMissing, String county, AuthUser staff) {
        return imports.run(body, "body.json", options(source, closeMissing, county, staff, "JSON"));
    }

    private JobImport.Options options(String source, boolean closeMissing, String county, AuthUser staff,
                                      String origin) {
        String src = source == null || source.isBlank() ? null : source.strip();
        if (closeMissing && src == null) {
            throw ApiException.invalidFields(Map.of("source", "全量导入（closeMissing）须指定来源 source"));
        }
        if (src != null && (src.length() > 40 || src.equals(JobPosting.MANUAL))) {
            throw ApiException.invalidFields(Map.of("source", "来源取值无效：" + src));
        }
        String into = access.publishCounties(staff, county == null || county.isBlank() ? null : List.of(county.strip())).get(0);
        return new JobImport.Options(into, src, closeMissing, origin, staff.id());
    }
}
