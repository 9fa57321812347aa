package org.sanxiang.casework.internal.procedure;

/** A state of a procedure, with its Chinese and English names; a final state ends the case's work. */
public record State(String name, String zh, String en, boolean terminal) {
}
