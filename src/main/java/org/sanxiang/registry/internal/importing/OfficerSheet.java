package org.sanxiang.registry.internal.importing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.platform.TableExport;
import org.sanxiang.registry.CredentialStatus;
import org.sanxiang.registry.internal.RegistryProperties;
import org.sanxiang.registry.internal.credential.CredentialView;
import org.sanxiang.registry.internal.officer.Officer;
import org.sanxiang.registry.internal.officer.OfficerView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of an officer list in a file, in Chinese like its header: what the export writes, the template offers
 * in its drop-down lists and the import reads back.
 */
@Component
public class OfficerSheet {

    static final String IN_SERVICE = "在岗";
    static final String NOT_IN_SERVICE = "不在岗";

    private final RegistryProperties properties;
    private final MessageSource messages;

    OfficerSheet(RegistryProperties properties, MessageSource messages) {
        this.properties = properties;
        this.messages = messages;
    }

    /** An officer and her newest credential as a row of {@link ImportColumn}s. */
    public List<?> row(OfficerView o) {
        CredentialView c = o.currentCredential();
        return Arrays.asList(o.id(), o.agencyName(), o.name(), gender(o.gender()), o.idNumberMasked(), o.unitName(),
                o.position(), domains(o.domains()), o.areas(), o.active() ? IN_SERVICE : NOT_IN_SERVICE,
                c == null ? null : c.number(), c == null ? null : c.issuer(), c == null ? null : c.issuedOn(),
                c == null ? null : c.validUntil(), c == null ? null : status(c.status()));
    }

    String gender(Officer.Gender gender) {
        return TableExport.zh(messages, "registry.gender.", gender);
    }

    String status(CredentialStatus status) {
        return TableExport.zh(messages, "registry.status.", status);
    }

    String domain(String code) {
        return properties.domains().stream().filter(d -> d.code().equals(code)).findFirst()
                .map(RegistryProperties.Domain::zh).orElse(code);
    }

    String domains(List<String> codes) {
        return String.join("、", codes.stream().map(this::domain).toList());
    }

    List<String> genders() {
        return Arrays.stream(Officer.Gender.values()).map(this::gender).toList();
    }

    List<String> statuses() {
        return Arrays.stream(CredentialStatus.values()).map(this::status).toList();
    }

    List<String> domainNames() {
        return properties.domains().stream().map(RegistryProperties.Domain::zh).toList();
    }

    Optional<Officer.Gender> genderNamed(String zh) {
        return Arrays.stream(Officer.Gender.values()).filter(g -> gender(g).equals(zh)).findFirst();
    }

    Optional<CredentialStatus> statusNamed(String zh) {
        return Arrays.stream(CredentialStatus.values()).filter(s -> status(s).equals(zh)).findFirst();
    }

    /** A domain's code by its Chinese or English name or by the code itself. */
    Map<String, String> domainCodes() {
        Map<String, String> codes = new HashMap<>();
        for (RegistryProperties.Domain d : properties.domains()) {
            codes.put(d.code(), d.code());
            codes.put(d.en(), d.code());
            codes.put(d.zh(), d.code());
        }
        return codes;
    }
}
