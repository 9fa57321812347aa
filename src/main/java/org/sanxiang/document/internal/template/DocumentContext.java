package org.sanxiang.document.internal.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanxiang.casework.CaseFile;
import org.sanxiang.casework.PartyKind;

/**
 * The values a document is filled from, by the names a field's {@link DocField#source()} uses: the case
 * ({@code case.*}), its party ({@code party.*}), its officers, the agency's settings ({@code setting.*}), today and
 * every fact its steps recorded ({@code fact:<name>}, as words: a choice by its name, a date as 2026年3月5日).
 */
public final class DocumentContext {

    private DocumentContext() {
    }

    public static Map<String, String> sources(CaseFile kase, AgencySetting setting, LocalDate today) {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("case.number", kase.number());
        sources.put("case.title", kase.title());
        sources.put("case.domain", kase.domain());
        sources.put("case.openedOn", date(kase.openedOn()));
        sources.put("agency.name", kase.agencyName());
        CaseFile.Party party = kase.party();
        sources.put("party.name", party.name());
        sources.put("party.numberLabel", numberLabel(party.kind()));
        sources.put("party.number", party.number());
        sources.put("party.representative", party.representative());
        sources.put("party.address", party.address());
        sources.put("party.phone", party.phone());
        sources.put("party.serviceAddress", party.serviceAddress() != null ? party.serviceAddress() : party.address());
        sources.put("party.serviceRecipient", party.serviceRecipient() != null ? party.serviceRecipient()
                : party.name());
        sources.put("officers", kase.officers().stream().map(o -> o.credentialNumber() == null ? o.name()
                : o.name() + "（执法证号：" + o.credentialNumber() + "）").collect(Collectors.joining("、")));
        sources.put("setting.abbreviation", setting.abbreviation());
        sources.put("setting.reviewBody", setting.reviewBody());
        sources.put("setting.court", setting.court());
        sources.put("setting.payment", setting.payment());
        sources.put("today", date(today));
        kase.facts().data().values().forEach((name, value) -> sources.put("fact:" + name, value instanceof LocalDate d
                ? date(d) : value instanceof BigDecimal amount ? amount.toPlainString()
                        : kase.words().getOrDefault(name, String.valueOf(value))));
        sources.values().removeIf(v -> v == null);
        return sources;
    }

    /** A date as official documents write it (GB/T 9704—2012 7.3.5.3: 阿拉伯数字, 年份写全). */
    public static String date(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String numberLabel(PartyKind kind) {
        return kind == PartyKind.NATURAL_PERSON ? "身份证件号码" : "统一社会信用代码";
    }
}
