package org.sanxiang.evidence.internal.rules;

import org.sanxiang.evidence.EvidenceKind;

/**
 * What an upload says it is and what its first bytes are: the facts of the rules of {@link #COMMAND}.
 *
 * @param detectedType the media type {@code MediaTypeSniffer} read from the content, never from the file name
 */
public record UploadedContent(EvidenceKind declared, String detectedType) {

    public static final String COMMAND = "evidence.upload";
}
