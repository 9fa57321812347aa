package org.sanxiang.evidence.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.sanxiang.evidence.EvidenceKind;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.InvalidInputException;

/**
 * What a user looks for in the evidence within her scope; every part is optional.
 *
 * @param caseRef      the case (or other record) the evidence is linked to, exactly
 * @param officer      part of the recording officer's name
 * @param capturedFrom first day of capture (Beijing time), inclusive
 * @param capturedTo   last day of capture (Beijing time), inclusive
 */
public record EvidenceFilter(String caseRef, EvidenceKind kind, String officer, LocalDate capturedFrom,
                             LocalDate capturedTo) {

    public EvidenceFilter {
        caseRef = blankToNull(caseRef);
        officer = blankToNull(officer);
        for (LocalDate day : new LocalDate[] {capturedFrom, capturedTo}) {
            if (day != null && (day.getYear() < 1900 || day.getYear() > 9999)) {
                throw new InvalidInputException("拍摄日期超出范围：" + day, "capture day out of range: " + day);
            }
        }
        if (capturedFrom != null && capturedTo != null && capturedFrom.isAfter(capturedTo)) {
            throw new InvalidInputException("拍摄日期的起始日不能晚于截止日", "the first capture day is after the last one");
        }
    }

    Instant capturedFromInstant() {
        return capturedFrom == null ? null : capturedFrom.atStartOfDay(ChinaTime.ZONE).toInstant();
    }

    /** The start of the day after the last day: captures before it are in range. */
    Instant capturedBeforeInstant() {
        return capturedTo == null ? null : capturedTo.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
