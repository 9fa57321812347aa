package org.sanxiang.registry.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Names of enforcement domains in the reader's language, for templates ({@code ${@registryLabels.domain(c)}}). */
@Component("registryLabels")
class RegistryLabels {

    private final RegistryProperties properties;

    RegistryLabels(RegistryProperties properties) {
        this.properties = properties;
    }

    public String domain(String code) {
        boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
        return properties.domains().stream().filter(d -> d.code().equals(code)).findFirst()
                .map(d -> english ? d.en() : d.zh()).orElse(code);
    }

    public String domains(List<String> codes) {
        return String.join("、", codes.stream().map(this::domain).toList());
    }

    public List<RegistryProperties.Domain> all() {
        return properties.domains();
    }
}
