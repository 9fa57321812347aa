package org.sanxiang.evidence;

/** What an evidence file is, as the uploader declares it (the detected media type is recorded separately). */
public enum EvidenceKind {
    AUDIO, VIDEO, PHOTO, DOCUMENT
}
