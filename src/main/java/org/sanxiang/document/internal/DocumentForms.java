package org.sanxiang.document.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.casework.CaseFile;
import org.sanxiang.casework.PartyKind;
import org.sanxiang.document.DocumentEvent;
import org.sanxiang.document.internal.template.AgencySetting;
import org.sanxiang.document.internal.template.DocumentContext;
import org.sanxiang.document.internal.template.DocumentHtml;
import org.sanxiang.document.internal.template.DocumentTemplate;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an agency makes of the national forms (the seeds allow local formats based on the national ones): its
 * documents' settings, and its own wording and layout of a template as a new version, checked before it is kept.
 */
@Service
class DocumentForms {

    private final AgencySettings settings;
    private final TemplateVersions versions;
    private final DocumentHtml html;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentForms(AgencySettings settings, TemplateVersions versions, DocumentHtml html,
            ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.versions = versions;
        this.html = html;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    AgencySetting settings(long agencyId) {
        return settings.of(agencyId);
    }

    @Transactional
    void saveSettings(CurrentUser user, AgencySetting setting) {
        long agencyId = agency(user);
        AgencySetting s = new AgencySetting(required(setting.abbreviation(), "文号机关代字", 40),
                required(setting.reviewBody(), "行政复议机关", 200), required(setting.court(), "人民法院", 200),
                required(setting.payment(), "罚款缴纳方式", 1000));
        settings.save(agencyId, s, user, clock.instant());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("abbreviation", s.abbreviation());
        facts.put("reviewBody", s.reviewBody());
        facts.put("court", s.court());
        facts.put("payment", s.payment());
        events.publishEvent(new DocumentEvent.AgencyFormChanged(agencyId, "settings", facts));
    }

    /** The body a template has now at the agency, and its version (0: the national one). */
    @Transactional(readOnly = true)
    TemplateVersions.Version current(long agencyId, DocumentTemplate template) {
        return versions.latest(agencyId, template.code()).orElseGet(() -> new TemplateVersions.Version(0,
                html.nationalBody(template), "国家格式范本", null, null));
    }

    @Transactional(readOnly = true)
    List<TemplateVersions.Version> history(long agencyId, DocumentTemplate template) {
        return versions.all(agencyId, template.code());
    }

    /** @return the new version's number */
    @Transactional
    int adapt(CurrentUser user, DocumentTemplate template, String body, String reason) {
        long agencyId = agency(user);
        String checked = required(body, "文书格式", 100000);
        required(reason, "修改理由", 1000);
        html.check(template, checked, DocumentContext.sources(sample(agencyId), settings.of(agencyId),
                java.time.LocalDate.now(clock)));
        int version = versions.add(agencyId, template.code(), checked, reason.strip(), user, clock.instant());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("template", template.code());
        facts.put("version", version);
        facts.put("bodySha256", Sha256.hex(checked.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        facts.put("reason", reason.strip());
        events.publishEvent(new DocumentEvent.AgencyFormChanged(agencyId, "template:" + template.code(), facts));
        return version;
    }

    // a case that fills every value a body may name, to try an agency's body on before it is kept
    private static CaseFile sample(long agencyId) {
        return new CaseFile(0, "示例案号", null, "", agencyId, "示例执法机关", "示例领域", "示例案件", null,
                new org.sanxiang.casework.CaseFacts(0, agencyId, null, "示例案号", "", PartyKind.ORGANISATION, null,
                        org.sanxiang.casework.StepValues.NONE, List.of(), List.of(), List.of(), null, List.of()),
                Map.of(), new CaseFile.Party(0L, PartyKind.ORGANISATION, "示例当事人", "示例代码", "示例代表人", "示例住所",
                        "示例电话", null, null, false, null), List.of());
    }

    private static long agency(CurrentUser user) {
        if (user.agencyId() == null) {
            throw new InvalidInputException("平台管理员不属于执法机关，请以机关的管理员或负责人登录",
                    "Sign in as an agency's administrator or head");
        }
        return user.agencyId();
    }

    private static String required(String value, String zh, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("请填写" + zh, zh + " is required");
        }
        if (value.length() > max) {
            throw new InvalidInputException(zh + "不能超过 " + max + " 字", zh + " is too long");
        }
        return value.strip();
    }
}
