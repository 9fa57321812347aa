package org.sanxiang.evidence.internal.upload;

import java.net.URI;

import org.sanxiang.platform.SanxiangException;
import org.springframework.http.HttpStatus;

/** A refused tus request, with the status the tus protocol prescribes (409, 412, 413, 423, ...). */
class UploadException extends SanxiangException {

    UploadException(HttpStatus status, String zh, String en) {
        super(status.value(), URI.create("about:blank"), zh, en);
    }

    static UploadException notFound() {
        return new UploadException(HttpStatus.NOT_FOUND, "上传不存在", "no such upload");
    }
}
