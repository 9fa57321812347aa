package org.sanxiang.document.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.casework.CaseFile;
import org.sanxiang.casework.CaseFiles;
import org.sanxiang.document.DocumentEvent;
import org.sanxiang.document.internal.rules.DocumentChange;
import org.sanxiang.document.internal.rules.DocumentIssue;
import org.sanxiang.document.internal.rules.DocumentServe;
import org.sanxiang.document.internal.template.DocumentContext;
import org.sanxiang.document.internal.template.DocumentHtml;
import org.sanxiang.document.internal.template.DocumentTemplate;
import org.sanxiang.document.internal.template.DocumentTemplate.Signer;
import org.sanxiang.document.internal.template.DocumentTemplates;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.platform.rule.RuleCatalogue;
import org.sanxiang.platform.rule.RuleSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document commands: make a case's document as a draft prefilled from the case, complete it, capture its
 * signatures, issue it (rules, 文号, PDF, seal, ledger entry in one transaction), correct it with a new version,
 * withdraw it, and record its service (with the case's service step where the document's service is one).
 */
@Service
public class DocumentService {

    /** The casework step record's field for why a step it advises filming was not filmed. */
    static final String AV_SKIP_REASON = "avSkipReason";

    private final DocumentRepository documents;
    private final DocumentParts parts;
    private final DocumentNumbers numbers;
    private final AgencySettings settings;
    private final TemplateVersions versions;
    private final DocumentHtml html;
    private final DocumentPdf pdf;
    private final CaseFiles cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DocumentProperties properties;
    private final RuleSet<DocumentIssue> draftRules;
    private final RuleSet<DocumentIssue> issueRules;
    private final RuleSet<DocumentChange> editRules;
    private final RuleSet<DocumentServe> serveRules;

    DocumentService(DocumentRepository documents, DocumentParts parts, DocumentNumbers numbers,
            AgencySettings settings, TemplateVersions versions, DocumentHtml html, DocumentPdf pdf, CaseFiles cases,
            ApplicationEventPublisher events, Clock clock, DocumentProperties properties,
            RuleCatalogue catalogue) {
        this.documents = documents;
        this.parts = parts;
        this.numbers = numbers;
        this.settings = settings;
        this.versions = versions;
        this.html = html;
        this.pdf = pdf;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
        this.draftRules = catalogue.ruleSet(DocumentIssue.DRAFT, DocumentIssue.class);
        this.issueRules = catalogue.ruleSet(DocumentIssue.COMMAND, DocumentIssue.class);
        this.editRules = catalogue.ruleSet(DocumentChange.EDIT, DocumentChange.class);
        this.serveRules = catalogue.ruleSet(DocumentServe.COMMAND, DocumentServe.class);
    }

    /** A template of the case's documents, and what its rules would refuse of a draft of it now. */
    public record Offer(DocumentTemplate template, List<Refusal> refusals) {
    }

    /** A case's documents, and the templates of its procedure each with why it cannot be made yet. */
    public record OfCase(List<Document> documents, List<Offer> offers) {
    }

    /** The case read once: its documents and what it may make now. */
    @Transactional(readOnly = true)
    public OfCase ofCase(CurrentUser user, long caseId) {
        CaseFile kase = cases.read(user, caseId);
        return new OfCase(documents.findByCaseIdOrderById(caseId), DocumentTemplates.all().stream()
                .filter(t -> t.procedures().contains(kase.procedure()) && !t.generated())
                .map(t -> new Offer(t, draftRules.refusals(new DocumentIssue(t, Map.of(), kase, List.of(), 0))))
                .toList());
    }

    /** A draft of the template in the case, its fields prefilled from the case. */
    @Transactional
    public Document draft(CurrentUser user, long caseId, String templateCode) {
        DocumentTemplate template = template(templateCode);
        if (template.generated()) {
            throw new InvalidInputException("《" + template.title().zh() + "》在其记录的环节自动制作，不能手工起草",
                    "A " + template.title().en() + " is made by the step it records, not drafted by hand");
        }
        return newDraft(user, caseId, template);
    }

    /**
     * A document another module writes of its own act in the case (a {@link DocumentTemplate#generated} one): drafted
     * with these fields and issued at once, in the caller's transaction, like any issued document.
     */
    @Transactional
    public Document issueGenerated(CurrentUser user, long caseId, String templateCode, Map<String, String> values,
            String verifyBase) {
        DocumentTemplate template = template(templateCode);
        if (!template.generated()) {
            throw new IllegalArgumentException(templateCode + " is drafted by hand");
        }
        Document draft = newDraft(user, caseId, template);
        Map<String, String> fields = new LinkedHashMap<>(DocumentFields.read(draft.getFields()));
        fields.putAll(values);
        draft.fill(DocumentFields.write(template, fields));
        return issue(user, draft.getId(), verifyBase);
    }

    private Document newDraft(CurrentUser user, long caseId, DocumentTemplate template) {
        String templateCode = template.code();
        CaseFile kase = cases.read(user, caseId);
        requireAgency(user, kase.agencyId());
        draftRules.require(new DocumentIssue(template, Map.of(), kase, List.of(), 0));
        Map<String, String> sources = sources(kase);
        Map<String, String> values = new LinkedHashMap<>();
        template.fields().forEach(f -> Optional.ofNullable(f.source()).map(s -> s.startsWith("text:")
                ? s.substring(5) : sources.get(s)).ifPresent(v -> values.put(f.name(), v)));
        return documents.save(new Document(kase.agencyId(), caseId, templateCode, DocumentFields.write(template,
                values)));
    }

    /** A draft's fields as the officer completed them; only the template's fields are kept. */
    @Transactional
    public Document fill(CurrentUser user, long id, Map<String, String> values) {
        Document document = changeable(user, id);
        editRules.require(new DocumentChange(document.getStatus() == DocumentStatus.DRAFT));
        document.fill(DocumentFields.write(template(document.getTemplateCode()), values));
        return document;
    }

    /**
     * @param png     the signature as drawn on the touch screen; {@code null} for the party's refusal
     * @param witness who witnessed the party's refusal to sign
     */
    @Transactional
    public DocumentParts.Signature sign(CurrentUser user, long id, Signer role, String name, Long officerId,
            byte[] png, String witness) {
        Document document = changeable(user, id);
        editRules.require(new DocumentChange(document.getStatus() == DocumentStatus.DRAFT));
        boolean refused = png == null;
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("请填写签名人姓名", "Name the signer");
        }
        if (refused && (role != Signer.PARTY || witness == null || witness.isBlank())) {
            // 《市场监督管理行政处罚程序规定》 第二十八条: a refusal is noted by the officers, with a witness
            throw new InvalidInputException("当事人拒绝签名的，请填写见证人；执法人员须亲笔签名",
                    "A party's refusal names its witness; officers sign by hand");
        }
        if (!refused) {
            SignatureImage.require(png);
        }
        Instant now = clock.instant();
        DocumentParts.Signature signature = new DocumentParts.Signature(0, id, role, name.strip(), officerId, refused,
                refused ? witness.strip() : null, png, refused ? null : Sha256.hex(png), now, user.username());
        long signatureId = parts.addSignature(signature);
        Map<String, Object> facts = document.facts();
        facts.put("signature", Map.of("id", signatureId, "role", role.name(), "name", signature.name(), "refused",
                refused, "witness", refused ? signature.witness() : "", "sha256", refused ? "" : signature.sha256()));
        events.publishEvent(new DocumentEvent.Signed(id, document.getAgencyId(), facts));
        return signature;
    }

    /** What the issue rules would refuse of the draft now (the page shows them by the button). */
    @Transactional(readOnly = true)
    public List<Refusal> issueRefusals(CurrentUser user, long id) {
        Document document = visible(user, id);
        return issueRules.refusals(issueFacts(user, document));
    }

    /**
     * Issues a draft: its rules, its 文号 (a correction keeps the one it corrects), its PDF sealed with the agency's
     * key, the PDF's hash on the ledger; a correction's predecessor is marked corrected in the same transaction.
     *
     * @param verifyBase the public address its QR code opens, without the document's path
     */
    @Transactional
    public Document issue(CurrentUser user, long id, String verifyBase) {
        Document document = changeable(user, id);
        editRules.require(new DocumentChange(document.getStatus() == DocumentStatus.DRAFT));
        DocumentIssue facts = issueFacts(user, document);
        issueRules.require(facts);
        DocumentTemplate template = facts.template();
        CaseFile kase = facts.kase();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as the database keeps it
        LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
        if (template.numbered() && document.getPreviousId() == null) {
            String abbreviation = settings.of(kase.agencyId()).abbreviation();
            int value = numbers.next(kase.agencyId(), template.numberWord(), today.getYear());
            document.number(properties.number(abbreviation, template.numberWord(), today.getYear(), value),
                    template.numberWord(), today.getYear(), value);
        }
        Optional<TemplateVersions.Version> own = versions.latest(kase.agencyId(), template.code());
        String verifyUrl = verifyBase + "/d/" + id;
        String page = html.render(new DocumentHtml.Page(template, own.map(TemplateVersions.Version::body)
                .orElseGet(() -> html.nationalBody(template)), facts.fields(), sources(kase), kase.agencyName(),
                document.getNumber(), document.getVersionNo(), today, pdf.qrDataUri(verifyUrl), verifyUrl, false,
                signed(id)));
        byte[] sealed = pdf.issue(page, kase.agencyId(), kase.agencyName(), kase.facts().agencyCode(), now);
        document.issue(own.map(TemplateVersions.Version::number).orElse(0), Sha256.hex(sealed), now,
                user.username());
        documents.saveAndFlush(document);
        parts.savePdf(id, sealed);
        if (document.getPreviousId() != null) {
            Document previous = documents.findById(document.getPreviousId()).orElseThrow();
            previous.end(DocumentStatus.CORRECTED, document.getCorrectionReason());
            Map<String, Object> ended = previous.facts();
            ended.put("reason", document.getCorrectionReason());
            ended.put("correctedBy", id);
            events.publishEvent(new DocumentEvent.Ended(previous.getId(), previous.getAgencyId(), ended));
        }
        events.publishEvent(new DocumentEvent.Issued(id, document.getAgencyId(), document.facts()));
        return document;
    }

    /** A draft of the next version of a document in force, its fields as they are, to be completed and issued. */
    @Transactional
    public Document correct(CurrentUser user, long id, String reason) {
        Document issued = changeable(user, id);
        if (issued.getStatus() != DocumentStatus.IN_FORCE) {
            throw new InvalidInputException("只有有效的文书可以更正", "Only a document in force is corrected");
        }
        requireReason(reason);
        if (documents.findByCaseIdOrderById(issued.getCaseId()).stream().anyMatch(d -> d.getPreviousId() != null
                && d.getPreviousId() == id && d.getStatus() == DocumentStatus.DRAFT)) {
            throw new InvalidInputException("该文书已有待签发的更正稿", "A correction of it is already drafted");
        }
        return documents.save(Document.correcting(issued, issued.getFields(), reason.strip()));
    }

    /** Withdraws a document in force (the decision revoked or changed): it stays on record, marked withdrawn. */
    @Transactional
    public Document withdraw(CurrentUser user, long id, String reason) {
        Document document = changeable(user, id);
        if (document.getStatus() != DocumentStatus.IN_FORCE) {
            throw new InvalidInputException("只有有效的文书可以撤回", "Only a document in force is withdrawn");
        }
        requireReason(reason);
        document.end(DocumentStatus.WITHDRAWN, reason.strip());
        Map<String, Object> facts = document.facts();
        facts.put("reason", reason.strip());
        events.publishEvent(new DocumentEvent.Ended(id, document.getAgencyId(), facts));
        return document;
    }

    /**
     * A service to record; {@code receipt} is the signed 送达回证, the postal receipt or a photo, if any;
     * {@code avSkipReason} why the service was not filmed, where the case's service step asks for a recording.
     */
    public record Serving(ServiceMethod method, LocalDate handedOn, String receiver, String witness, String note,
            byte[] receipt, String receiptType, String avSkipReason) {
    }

    /** Records a service, and takes the case's service step with its date when the document's service is one. */
    @Transactional
    public DocumentParts.Service serve(CurrentUser user, long id, Serving serving) {
        Document document = changeable(user, id);
        if (serving.method() == null || serving.handedOn() == null) {
            throw new InvalidInputException("请选择送达方式并填写送达日期", "Choose the method and the date");
        }
        CaseFile kase = cases.read(user, document.getCaseId());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
        boolean receipt = serving.receipt() != null && serving.receipt().length > 0;
        if (receipt) {
            SignatureImage.requireReceipt(serving.receipt(), serving.receiptType());
        }
        LocalDate issuedOn = document.getIssuedAt() == null ? today
                : LocalDate.ofInstant(document.getIssuedAt(), ChinaTime.ZONE);
        serveRules.require(new DocumentServe(document.getStatus() == DocumentStatus.IN_FORCE, serving.method(),
                issuedOn, serving.handedOn(), today, serving.receiver(), serving.witness(), receipt,
                kase.party().electronicService()));
        LocalDate servedOn = serving.method() == ServiceMethod.PUBLIC_NOTICE
                ? serving.handedOn().plusDays(ServiceMethod.PUBLIC_NOTICE_DAYS) : serving.handedOn();
        DocumentParts.Service service = new DocumentParts.Service(0, id, serving.method(), serving.handedOn(),
                servedOn, blankToNull(serving.receiver()), blankToNull(serving.witness()), blankToNull(serving.note()),
                receipt ? serving.receipt() : null, receipt ? serving.receiptType() : null,
                receipt ? Sha256.hex(serving.receipt()) : null, now, user.username());
        long serviceId = parts.addService(service);
        DocumentTemplate template = template(document.getTemplateCode());
        if (template.serves() != null) {
            Map<String, Object> record = stepRecord(template, document, service, kase.party().electronicService());
            if (serving.avSkipReason() != null && !serving.avSkipReason().isBlank()) {
                record.put(AV_SKIP_REASON, serving.avSkipReason().strip());
            }
            cases.take(user, document.getCaseId(), template.serves().transition(), record);
        }
        Map<String, Object> facts = document.facts();
        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("id", serviceId);
        recorded.put("method", serving.method().name());
        recorded.put("handedOn", serving.handedOn().toString());
        recorded.put("servedOn", servedOn.toString());
        recorded.put("receiver", service.receiver());
        recorded.put("witness", service.witness());
        recorded.put("receiptSha256", service.receiptSha256());
        facts.put("service", recorded);
        events.publishEvent(new DocumentEvent.Served(id, document.getAgencyId(), facts));
        return service;
    }

    /** Whether the case's service step would be refused now, for the service form (empty: no such step). */
    @Transactional(readOnly = true)
    public Optional<List<Refusal>> serviceStepRefusals(CurrentUser user, Document document) {
        DocumentTemplate template = template(document.getTemplateCode());
        return template.serves() == null ? Optional.empty()
                : cases.refusals(user, document.getCaseId(), template.serves().transition());
    }

    /** The print preview of a draft, as it would be issued today (without number and seal). */
    @Transactional(readOnly = true)
    public String preview(CurrentUser user, long id) {
        Document document = visible(user, id);
        DocumentTemplate template = template(document.getTemplateCode());
        CaseFile kase = cases.read(user, document.getCaseId());
        String body = versions.latest(kase.agencyId(), template.code()).map(TemplateVersions.Version::body)
                .orElseGet(() -> html.nationalBody(template));
        return html.render(new DocumentHtml.Page(template, body, DocumentFields.read(document.getFields()),
                sources(kase), kase.agencyName(), document.getNumber(), document.getVersionNo(),
                LocalDate.now(clock.withZone(ChinaTime.ZONE)), null, null, document.getStatus() == DocumentStatus.DRAFT,
                signed(id)));
    }

    @Transactional(readOnly = true)
    public Document visible(CurrentUser user, long id) {
        Document document = documents.findById(id).orElseThrow(() -> new NotFoundException("没有该文书",
                "No such document"));
        cases.requireVisible(user, document.getCaseId()); // the case's visibility is the document's
        return document;
    }

    /** A document the user may change: one of her own agency's. */
    private Document changeable(CurrentUser user, long id) {
        Document document = visible(user, id);
        requireAgency(user, document.getAgencyId());
        return document;
    }

    /** An issued document for the public verification page, whoever asks. */
    @Transactional(readOnly = true)
    public Optional<Document> issued(long id) {
        return documents.findById(id).filter(d -> d.getStatus().issued());
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(Document document) {
        return parts.pdf(document.getId());
    }

    @Transactional(readOnly = true)
    public List<DocumentParts.Signature> signatures(long id) {
        return parts.signatures(id);
    }

    @Transactional(readOnly = true)
    public List<DocumentParts.Service> services(long id) {
        return parts.services(id);
    }

    public static DocumentTemplate template(String code) {
        return DocumentTemplates.of(code).orElseThrow(() -> new NotFoundException("没有该文书模板：" + code,
                "No such template: " + code));
    }

    private DocumentIssue issueFacts(CurrentUser user, Document document) {
        List<DocumentParts.Signature> signatures = parts.signatures(document.getId());
        return new DocumentIssue(template(document.getTemplateCode()), DocumentFields.read(document.getFields()),
                cases.read(user, document.getCaseId()), signatures.stream().map(DocumentParts.Signature::role)
                        .toList(), signatures.stream().filter(s -> s.role() == Signer.OFFICERS)
                                .map(DocumentParts.Signature::name).distinct().count());
    }

    private List<DocumentHtml.Signed> signed(long id) {
        return parts.signatures(id).stream().map(s -> new DocumentHtml.Signed(s.role(), s.name(), s.image(),
                s.refused(), s.witness(), LocalDate.ofInstant(s.signedAt(), ChinaTime.ZONE))).toList();
    }

    private Map<String, String> sources(CaseFile kase) {
        return DocumentContext.sources(kase, settings.of(kase.agencyId()), LocalDate.now(clock.withZone(
                ChinaTime.ZONE)));
    }

    private static Map<String, Object> stepRecord(DocumentTemplate template, Document document,
            DocumentParts.Service service, boolean consent) {
        Map<String, String> fields = DocumentFields.read(document.getFields());
        Map<String, Object> record = new HashMap<>();
        template.serves().fields().forEach((name, from) -> {
            Object value = switch (from) {
                case "service.servedOn" -> service.handedOn().toString();
                case "service.method" -> service.method().name();
                case "service.consent" -> service.method() == ServiceMethod.ELECTRONIC && consent ? "true" : null;
                default -> from.startsWith("field:") ? fields.get(from.substring(6)) : null;
            };
            if (value != null) {
                record.put(name, value);
            }
        });
        return record;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new InvalidInputException("请填写理由（不超过2000字）", "Give the reason (2000 characters at most)");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static void requireAgency(CurrentUser user, long agencyId) {
        if (!Long.valueOf(agencyId).equals(user.agencyId())) {
            throw new AccessDeniedException("only the agency's own users change its documents");
        }
    }
}
