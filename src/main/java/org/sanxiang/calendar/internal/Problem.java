package org.sanxiang.calendar.internal;

/** One thing wrong with an imported file, said in Chinese (what the administrator reads) and English. */
record Problem(String zh, String en) {
}
