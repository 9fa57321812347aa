package org.sanxiang.catalog.internal.item;

/** One circumstance band of a violation's discretion benchmark: when it applies and what it allows. */
public record Band(Circumstance circumstance, String conditions, PenaltyRange range) {
}
