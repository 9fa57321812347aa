package org.sanxiang.calendar.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.sanxiang.platform.InvalidInputException;
import org.springframework.web.multipart.MultipartFile;

/** The size check and naming of an uploaded holiday file, shared by the API and the workbench page. */
final class UploadedFiles {

    /** A holiday notice is a few kilobytes; anything much larger is not one. */
    static final int MAX_BYTES = 1024 * 1024;

    private UploadedFiles() {
    }

    static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("请选择要导入的节假日文件（JSON）", "choose the holiday file (JSON) to import");
        }
        if (file.getSize() > MAX_BYTES) {
            throw tooLarge();
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] checked(byte[] json) {
        if (json.length == 0) {
            throw new InvalidInputException("请求体为空，应为节假日文件（JSON）", "the request body is empty; send the holiday file (JSON)");
        }
        if (json.length > MAX_BYTES) {
            throw tooLarge();
        }
        return json;
    }

    /** The uploaded file's own name, recorded in the import trail. */
    static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "upload";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static InvalidInputException tooLarge() {
        return new InvalidInputException("文件过大（超过 1 MB），不是节假日安排文件", "the file is larger than 1 MB, not a holiday file");
    }
}
