package org.sanxiang.platform;

import java.net.URI;

/** The request is malformed or a value is invalid; the message says which and why. */
public class InvalidInputException extends SanxiangException {

    public InvalidInputException(String zh, String en) {
        super(400, URI.create("about:blank"), zh, en);
    }
}
