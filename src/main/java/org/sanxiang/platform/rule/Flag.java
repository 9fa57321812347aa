package org.sanxiang.platform.rule;

/** What an {@link Indicator} reports when a value falls short of its mark: never a refusal, a flag to act on. */
public record Flag(String indicator, String legalBasis, Text messages) {
}
