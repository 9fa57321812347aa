package org.sanxiang.platform;

import java.net.URI;

/** The thing asked for does not exist (or is not visible to the user). */
public class NotFoundException extends SanxiangException {

    public NotFoundException(String zh, String en) {
        super(404, URI.create("about:blank"), zh, en);
    }
}
