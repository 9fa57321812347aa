package org.sanxiang.evidence.internal.upload;

import org.springframework.http.HttpStatus;

/** A refused tus request, with the status the protocol prescribes and a message in Chinese and English. */
class UploadException extends RuntimeException {

    private final HttpStatus status;
    private final String zh;

    UploadException(HttpStatus status, String zh, String en) {
        super(en);
        this.status = status;
        this.zh = zh;
    }

    HttpStatus status() {
        return status;
    }

    String zh() {
        return zh;
    }

    static UploadException notFound() {
        return new UploadException(HttpStatus.NOT_FOUND, "上传不存在", "no such upload");
    }
}
