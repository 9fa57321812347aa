package org.sanxiang.platform.internal;

import org.sanxiang.platform.InvalidInputException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON text with a lone surrogate ({@code "\ud800x"}) is refused as bad input where it is read: it is no Unicode
 * text, and the ledger's canonical JSON (RFC 8785 §3.2.2.2) cannot record it.
 */
@Component
class UnicodeTextModule extends SimpleModule {

    UnicodeTextModule() {
        super("sanxiang-unicode-text");
        addDeserializer(String.class, new UnicodeText());
    }

    private static final class UnicodeText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (text != null && hasLoneSurrogate(text)) {
                throw new InvalidInputException("文本中含有无效的 Unicode 字符（孤立的代理项）",
                        "The text contains an invalid Unicode character (a lone surrogate)");
            }
            return text;
        }
    }

    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
