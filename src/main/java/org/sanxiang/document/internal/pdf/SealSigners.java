package org.sanxiang.document.internal.pdf;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/** Each agency's seal key: its configured PKCS#12 keystore, otherwise the one kept in the database. */
@Primary
@Component
class SealSigners implements SealSigner {

    private final Map<String, SealSigner> keystores;
    private final LocalSealSigner local;

    SealSigners(SealProperties properties, LocalSealSigner local) {
        this.keystores = properties.keystore().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> new Pkcs12SealSigner(e.getValue())));
        this.local = local;
    }

    @Override
    public SealCredential credential(SealAgency agency) {
        SealSigner keystore = agency.code() == null ? null : keystores.get(agency.code());
        return (keystore != null ? keystore : local).credential(agency);
    }
}
