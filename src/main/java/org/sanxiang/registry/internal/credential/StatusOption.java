package org.sanxiang.registry.internal.credential;

import java.util.List;

import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.registry.CredentialStatus;

/** A status a credential could be changed to, and the refusals of the rules when it cannot. */
public record StatusOption(CredentialStatus status, boolean allowed, List<Refusal> refusals) {
}
