package org.sanxiang.document.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sanxiang.documents.*}.
 *
 * @param numberPattern how a 文号 is written: {@code {abbreviation}} the agency's (its document settings),
 *                      {@code {word}} the template's (处罚), {@code {year}}, {@code {n}} the value; 党政机关公文格式
 *                      (GB/T 9704—2012 7.2.4) writes the year in 〔〕 and no leading zeros
 * @param publicBaseUrl the address a document's QR code opens (the portal's); empty: the one the issue came in on
 */
@ConfigurationProperties("sanxiang.documents")
public record DocumentProperties(@DefaultValue("{abbreviation}{word}〔{year}〕{n}号") String numberPattern,
        @DefaultValue("") String publicBaseUrl) {

    String number(String abbreviation, String word, int year, int value) {
        return numberPattern.replace("{abbreviation}", abbreviation).replace("{word}", word)
                .replace("{year}", Integer.toString(year)).replace("{n}", Integer.toString(value));
    }
}
