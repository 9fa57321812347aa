package org.sanxiang.document.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.casework.CasePanel;
import org.sanxiang.document.internal.template.DocumentTemplate;
import org.sanxiang.document.internal.template.DocumentTemplate.Signer;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.PageCommand;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents in the workbench: a case's documents on its page (made, drafted, issued, with the templates it may
 * make now and why not the others), a document's page (its fields, print preview, signatures on a touch screen,
 * issue, PDF, service, correction, withdrawal), and the public page a document's QR code opens.
 */
@Controller
class DocumentPages {

    private final DocumentService documents;
    private final DocumentVerification verification;

    DocumentPages(DocumentService documents, DocumentVerification verification) {
        this.documents = documents;
        this.verification = verification;
    }

    /** The case page's documents. */
    record Panel(long caseId, DocumentService.OfCase of, boolean actor) {
    }

    @Bean
    static CasePanel caseDocumentsPanel(DocumentService documents) {
        return new CasePanel() {
            public String template() {
                return "document/case-panel";
            }

            public String fragment() {
                return "panel";
            }

            public int order() {
                return 10;
            }

            public Optional<?> model(long caseId, CurrentUser user) {
                return Optional.of(new Panel(caseId, documents.ofCase(user, caseId), actor(user)));
            }
        };
    }

    @PostMapping("/workbench/cases/{caseId}/documents")
    @PreAuthorize(DocumentApi.ACTORS)
    String draft(CurrentUser user, @PathVariable long caseId, @RequestParam String template,
            RedirectAttributes redirect) {
        return PageCommand.runTo(redirect, "/workbench/cases/" + caseId + "#documents",
                () -> "/workbench/documents/" + documents.draft(user, caseId, template).getId());
    }

    @GetMapping("/workbench/documents/{id}")
    @PreAuthorize(DocumentApi.READERS)
    String one(CurrentUser user, @PathVariable long id, Model model) {
        Document document = documents.visible(user, id);
        DocumentTemplate template = DocumentService.template(document.getTemplateCode());
        boolean draft = document.getStatus() == DocumentStatus.DRAFT;
        model.addAttribute("document", document);
        model.addAttribute("template", template);
        model.addAttribute("fields", DocumentFields.read(document.getFields()));
        model.addAttribute("signatures", documents.signatures(id));
        model.addAttribute("services", documents.services(id));
        model.addAttribute("issueRefusals", draft ? documents.issueRefusals(user, id) : List.of());
        model.addAttribute("actor", actor(user) && Long.valueOf(document.getAgencyId()).equals(user.agencyId()));
        model.addAttribute("head", user.has(Role.AGENCY_HEAD));
        model.addAttribute("draft", draft);
        model.addAttribute("signers", template.signers());
        model.addAttribute("methods", ServiceMethod.values());
        model.addAttribute("serviceStep", document.getStatus() == DocumentStatus.IN_FORCE
                ? documents.serviceStepRefusals(user, document).orElse(null) : null);
        model.addAttribute("today", LocalDate.now(org.sanxiang.platform.ChinaTime.ZONE));
        return "document/document";
    }

    @GetMapping(value = "/workbench/documents/{id}/preview", produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize(DocumentApi.READERS)
    @ResponseBody
    String preview(CurrentUser user, @PathVariable long id) {
        return documents.preview(user, id);
    }

    @PostMapping("/workbench/documents/{id}/fields")
    @PreAuthorize(DocumentApi.ACTORS)
    String fill(CurrentUser user, @PathVariable long id, @RequestParam MultiValueMap<String, String> posted,
            RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        posted.forEach((name, v) -> {
            if (name.startsWith("f.") && !v.isEmpty()) {
                values.put(name.substring(2), v.get(0));
            }
        });
        return PageCommand.run(redirect, "/workbench/documents/" + id, "saved", true,
                () -> documents.fill(user, id, values));
    }

    @PostMapping("/workbench/documents/{id}/signatures")
    @PreAuthorize(DocumentApi.ACTORS)
    String sign(CurrentUser user, @PathVariable long id, @RequestParam String role, @RequestParam String name,
            @RequestParam(required = false) String image, @RequestParam(required = false) String witness,
            @RequestParam(defaultValue = "false") boolean refused, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/documents/" + id + "#signatures", "signed", name, () -> {
            Signer signer = DocumentRequests.signer(role);
            byte[] png = refused ? null : DocumentRequests.image(image);
            if (!refused && png == null) {
                throw new InvalidInputException("请在签名框内手写签名后再提交", "Draw the signature first");
            }
            documents.sign(user, id, signer, name, null, png, witness);
        });
    }

    @PostMapping("/workbench/documents/{id}/issue")
    @PreAuthorize(DocumentApi.ACTORS)
    String issue(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/documents/" + id, "issued", true,
                () -> documents.issue(user, id, verification.base()));
    }

    @PostMapping("/workbench/documents/{id}/corrections")
    @PreAuthorize(DocumentApi.ACTORS)
    String correct(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return PageCommand.runTo(redirect, "/workbench/documents/" + id,
                () -> "/workbench/documents/" + documents.correct(user, id, reason).getId());
    }

    @PostMapping("/workbench/documents/{id}/withdrawal")
    @PreAuthorize("hasRole('AGENCY_HEAD')")
    String withdraw(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/documents/" + id, "withdrawn", true,
                () -> documents.withdraw(user, id, reason));
    }

    @PostMapping("/workbench/documents/{id}/services")
    @PreAuthorize(DocumentApi.ACTORS)
    String serve(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String method,
            @RequestParam(required = false) LocalDate handedOn, @RequestParam(required = false) String receiver,
            @RequestParam(required = false) String witness, @RequestParam(required = false) String note,
            @RequestParam(required = false) MultipartFile receipt,
            @RequestParam(required = false) String avSkipReason, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/documents/" + id + "#services", "served", true, () -> {
            ServiceMethod m = DocumentRequests.method(method);
            byte[] bytes = null;
            String type = null;
            if (receipt != null && !receipt.isEmpty()) {
                try {
                    bytes = receipt.getBytes();
                } catch (IOException e) {
                    throw new InvalidInputException("送达回证读取失败，请重新选择文件", "The receipt could not be read");
                }
                type = receipt.getContentType();
            }
            documents.serve(user, id, new DocumentService.Serving(m, handedOn, receiver, witness, note, bytes, type,
                    avSkipReason));
        });
    }

    /** The short address a document's QR code and its text print. */
    @GetMapping("/d/{id:\\d+}")
    String shortLink(@PathVariable long id) {
        return "redirect:/portal/documents/" + id;
    }

    /** The page a document's QR code opens: anyone may check it there. */
    @GetMapping("/portal/documents/{id:\\d+}")
    String verify(@PathVariable long id, Model model) {
        model.addAttribute("doc", verification.of(id));
        return "document/verify";
    }

    static boolean actor(CurrentUser user) {
        return user.has(Role.OFFICER) || user.has(Role.UNIT_HEAD) || user.has(Role.AGENCY_HEAD);
    }
}
