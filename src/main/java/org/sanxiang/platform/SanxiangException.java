package org.sanxiang.platform;

import java.net.URI;

/**
 * A refusal the user is told about in Chinese and English: an API client gets RFC 9457 problem details,
 * a page shows the Chinese message.
 */
public abstract class SanxiangException extends RuntimeException {

    private final int status;
    private final URI type;
    private final String zh;
    private final String en;

    protected SanxiangException(int status, URI type, String zh, String en) {
        super(en);
        this.status = status;
        this.type = type;
        this.zh = zh;
        this.en = en;
    }

    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
