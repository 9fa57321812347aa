package org.sanxiang.document.internal.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.samskivert.mustache.BasicCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import org.sanxiang.document.internal.pdf.DocumentStylesheet;
import org.sanxiang.document.internal.template.DocumentTemplate.Signer;
import org.sanxiang.platform.InvalidInputException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A document as XHTML: its template's body (the national one or the agency's own version) laid out with the
 * agency, title, 文号, QR code, signatures and seal area, the same page for the workbench's print preview and for
 * the PDF. Bodies are Mustache, which has no code: an agency's wording can only place the document's values.
 * <p>
 * In a body, {@code {{f.<field>}}} is a field's value, {@code {{#p.<field>}}<p>{{.}}</p>{{/p.<field>}}} a long text
 * by paragraphs, {@code {{#items.<field>}}<tr>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>{{/items.<field>}}} a table's
 * rows, {@code {{party.name}}}, {@code {{case.number}}} … the case's values ({@link DocumentContext}), and
 * {@code {{> party}}} the party block of the templates' party fields ({@code document/partials/}).
 */
@Component
public class DocumentHtml {

    private static final String TEMPLATES = "document/templates/";
    private static final String PARTIALS = "document/partials/";

    // maps and lists only: no reflection, so a body names values and can reach nothing else (no {{f.class}})
    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true)
            .defaultValue("").withCollector(new BasicCollector() {
                @Override
                public <K, V> Map<K, V> createFetcherCache() {
                    return new java.util.concurrent.ConcurrentHashMap<>();
                }
            }).withLoader(DocumentHtml::partial);
    private final Template layout = compiler.compile(resource("document/layout.html"));

    /**
     * What a page shows besides its template's body.
     *
     * @param number   the 文号, {@code null} for a draft or a document without one
     * @param issuedOn the day of issue; for a draft, today
     */
    public record Page(DocumentTemplate template, String body, Map<String, String> fields, Map<String, String> sources,
            String agency, String number, int version, LocalDate issuedOn, String qrDataUri, String verifyUrl,
            boolean draft, List<Signed> signatures) {
    }

    /** A signature captured for the document, or the party's refusal with its witness. */
    public record Signed(Signer role, String name, byte[] png, boolean refused, String witness, LocalDate on) {
    }

    /** The national body of a template, as shipped. */
    public String nationalBody(DocumentTemplate template) {
        return resource(TEMPLATES + template.code() + ".html");
    }

    public String render(Page page) {
        Map<String, Object> context = new HashMap<>(nested(page.sources()));
        context.put("f", page.fields());
        context.put("p", paragraphs(page.template(), page.fields()));
        context.put("items", items(page.template(), page.fields()));
        String body;
        try {
            body = compiler.compile(page.body()).execute(context);
        } catch (MustacheException e) {
            throw new InvalidInputException("文书格式有误：" + e.getMessage(), "The template is malformed: "
                    + e.getMessage());
        }
        Map<String, Object> outer = new HashMap<>();
        outer.put("css", DocumentStylesheet.css());
        outer.put("title", page.template().title().zh());
        outer.put("agency", page.agency());
        outer.put("number", page.number());
        outer.put("version", page.version());
        outer.put("corrected", page.version() > 1);
        outer.put("issuedOn", DocumentContext.date(page.issuedOn()));
        outer.put("qr", page.qrDataUri());
        outer.put("verifyUrl", page.verifyUrl());
        outer.put("draft", page.draft());
        outer.put("body", body);
        if (!page.template().signers().isEmpty()) {
            outer.put("signing", signing(page.signatures()));
        }
        String html = layout.execute(outer);
        requireWellFormed(html);
        return html;
    }

    /**
     * Refuses a body an agency wrote that is not well-formed XHTML once filled, or that Mustache cannot read: it
     * would fail at the moment of issue otherwise.
     */
    public void check(DocumentTemplate template, String body, Map<String, String> sources) {
        Map<String, String> sample = new LinkedHashMap<>();
        template.fields().forEach(f -> sample.put(f.name(), f.label().zh()));
        render(new Page(template, body, sample, sources, "", null, 1, LocalDate.now(), null, null, true, List.of()));
    }

    private static Map<String, Object> signing(List<Signed> signatures) {
        Map<String, Object> signing = new HashMap<>();
        signatures.stream().filter(s -> s.role() == Signer.PARTY).reduce((a, b) -> b)
                .ifPresent(s -> signing.put("party", signed(s)));
        signing.put("officers", signatures.stream().filter(s -> s.role() == Signer.OFFICERS)
                .map(DocumentHtml::signed).toList());
        return signing;
    }

    private static Map<String, Object> signed(Signed s) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", s.name());
        m.put("image", s.png() == null ? null : "data:image/png;base64," + Base64.getEncoder().encodeToString(s.png()));
        m.put("refused", s.refused());
        m.put("witness", s.witness());
        m.put("date", DocumentContext.date(s.on()));
        return m;
    }

    // "party.name" → {party: {name: …}}, so that a body writes {{party.name}}
    private static Map<String, Object> nested(Map<String, String> sources) {
        Map<String, Object> root = new HashMap<>();
        sources.forEach((key, value) -> {
            if (key.startsWith("fact:")) {
                return;
            }
            String[] path = key.split("\\.");
            Map<String, Object> node = root;
            for (int i = 0; i < path.length - 1; i++) {
                Object child = node.computeIfAbsent(path[i], k -> new HashMap<String, Object>());
                if (!(child instanceof Map)) {
                    return;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> next = (Map<String, Object>) child;
                node = next;
            }
            node.put(path[path.length - 1], value);
        });
        return root;
    }

    private static Map<String, List<String>> paragraphs(DocumentTemplate template, Map<String, String> fields) {
        Map<String, List<String>> paragraphs = new HashMap<>();
        template.fields().forEach(f -> paragraphs.put(f.name(), lines(fields.get(f.name()))));
        return paragraphs;
    }

    private static Map<String, List<Map<String, Object>>> items(DocumentTemplate template, Map<String, String> fields) {
        Map<String, List<Map<String, Object>>> items = new HashMap<>();
        template.fields().stream().filter(f -> f.kind() == DocField.Kind.ITEMS).forEach(f -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String line : lines(fields.get(f.name()))) {
                List<String> cells = new ArrayList<>(Arrays.stream(line.split("[|｜]", -1)).map(String::strip)
                        .toList());
                while (cells.size() < f.columns().size()) {
                    cells.add("");
                }
                rows.add(Map.of("cells", cells, "index", rows.size() + 1));
            }
            items.put(f.name(), rows);
        });
        return items;
    }

    // a shared block of the bodies, by its plain name only: a body reaches nothing but the partials shipped
    private static java.io.Reader partial(String name) throws IOException {
        if (!name.matches("[a-z-]{1,40}") || !new ClassPathResource(PARTIALS + name + ".html").exists()) {
            throw new java.io.FileNotFoundException("no partial " + name);
        }
        return new StringReader(resource(PARTIALS + name + ".html"));
    }

    /** A text's non-blank lines: each a paragraph or a table's row. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static void requireWellFormed(String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        } catch (SAXException e) {
            throw new InvalidInputException("文书格式不是完整的 XHTML：" + e.getMessage(),
                    "The template is not well-formed XHTML: " + e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing " + path, e);
        }
    }
}
