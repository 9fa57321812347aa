package org.sanxiang.document.internal.template;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.AvLevel;
import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseFile;
import org.sanxiang.casework.PartyKind;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.StepValues;
import org.sanxiang.casework.internal.procedure.Field;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.casework.internal.procedure.Transition;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The catalogue against the procedures it serves (国市监法发〔2021〕42号): each document has its body, prints every
 * field it asks for, is prefilled only from what a case holds, is made after steps its procedures have, and takes
 * the service step it names with that step's fields.
 */
class DocumentTemplatesTest {

    private static final String BODIES = "document/templates/";
    /** A dotted name a body places, in a value or a section tag. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[#^/]?\\s*([A-Za-z]+\\.[A-Za-z]+)\\s*}}");
    private static final Pattern FIELD_VALUE = Pattern.compile("(f|p|items)\\..+");
    private static final Set<String> SERVICE_VALUES = Set.of("service.servedOn", "service.method",
            "service.consent");

    private final List<DocumentTemplate> templates = DocumentTemplates.all();

    /** What {@link DocumentContext} gives a case whose party, officers and agency settings are all known. */
    private final Map<String, String> sources = DocumentContext.sources(sampleCase(), new AgencySetting("衡市监",
            "衡阳市人民政府", "衡阳市石鼓区人民法院", "通过非税收入缴款系统缴纳"), LocalDate.of(2026, 3, 5));

    @Test
    void everyDocumentHasItsBody() {
        assertThat(templates.stream().filter(t -> !new ClassPathResource(BODIES + t.code() + ".html").exists())
                .map(DocumentTemplate::code)).isEmpty();
    }

    @Test
    void everyBodyIsADocumentOfTheCatalogue() throws IOException {
        Resource[] bodies = new PathMatchingResourcePatternResolver().getResources("classpath*:" + BODIES + "*.html");
        assertThat(bodies).isNotEmpty();
        assertThat(Arrays.stream(bodies).map(r -> r.getFilename().replace(".html", ""))
                .filter(code -> DocumentTemplates.of(code).isEmpty())).isEmpty();
    }

    /**
     * The layout parses the page as XML (the PDF renderer needs XHTML); a sample filled with the labels. A field that
     * only feeds the service step (告知书's hearing right) switches its paragraph rather than printing its value.
     */
    @Test
    void everyBodyRendersAsWellFormedXhtmlShowingEachOfItsFields() {
        DocumentHtml html = new DocumentHtml();
        List<String> unprinted = new ArrayList<>();
        for (DocumentTemplate t : templates) {
            Map<String, String> sample = new LinkedHashMap<>();
            t.fields().forEach(f -> sample.put(f.name(), f.label().zh()));
            String page = html.render(new DocumentHtml.Page(t, html.nationalBody(t), sample, sources, "衡阳市市场监督管理局",
                    t.numbered() ? "衡市监" + t.numberWord() + "〔2026〕1号" : null, 1, LocalDate.of(2026, 3, 5), null,
                    null, true, List.of()));
            t.fields().stream().filter(f -> !page.contains(f.label().zh()) && !feedsService(t, f))
                    .forEach(f -> unprinted.add(t.code() + "." + f.name()));
        }
        assertThat(unprinted).isEmpty();
    }

    /** A misspelt name would print nothing, silently: {{f.x}}, {{p.x}}, {{items.x}} name fields, others the case. */
    @Test
    void everyValueABodyPlacesIsAFieldOrOneTheCaseHas() {
        DocumentHtml html = new DocumentHtml();
        List<String> unknown = new ArrayList<>();
        for (DocumentTemplate t : templates) {
            Matcher m = PLACEHOLDER.matcher(html.nationalBody(t));
            while (m.find()) {
                String name = m.group(1);
                boolean known = FIELD_VALUE.matcher(name).matches()
                        ? t.field(name.substring(name.indexOf('.') + 1)).isPresent() : sources.containsKey(name);
                if (!known) {
                    unknown.add(t.code() + ": {{" + name + "}}");
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyFieldIsPrefilledFromWhatTheCaseHolds() {
        assertThat(templates.stream().flatMap(t -> t.fields().stream().filter(f -> f.source() != null
                && !holds(t, f.source())).map(f -> t.code() + "." + f.name() + " from " + f.source()))).isEmpty();
    }

    @Test
    void everyDocumentIsMadeAfterStepsOfItsProcedures() {
        assertThat(templates.stream().filter(t -> t.procedures().isEmpty()).map(DocumentTemplate::code)).isEmpty();
        assertThat(templates.stream().flatMap(t -> t.after().stream().filter(step -> t.procedures().stream()
                .noneMatch(p -> Procedures.of(p).transition(step).isPresent())).map(step -> t.code() + " after "
                        + step))).isEmpty();
        assertThat(templates.stream().filter(t -> !t.after().isEmpty()).flatMap(t -> t.procedures().stream()
                .filter(p -> t.after().stream().noneMatch(step -> Procedures.of(p).transition(step).isPresent()))
                .map(p -> t.code() + " is never reached in " + p))).isEmpty();
    }

    /** A 不予行政处罚决定书 only after a decision not to penalise: the condition is a choice a step offers. */
    @Test
    void everyConditionIsAChoiceOfItsProcedures() {
        List<String> unknown = new ArrayList<>();
        templates.forEach(t -> t.when().forEach((fact, value) -> {
            boolean offered = t.procedures().stream().flatMap(p -> Procedures.of(p).transitions().stream())
                    .flatMap(s -> s.fields().stream()).filter(f -> f.name().equals(fact))
                    .flatMap(f -> f.choices().stream()).anyMatch(c -> c.value().equals(value));
            if (!offered) {
                unknown.add(t.code() + " when " + fact + "=" + value);
            }
        }));
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyServiceTakesAStepOfItsProceduresWithThatStepsFields() {
        List<String> problems = new ArrayList<>();
        templates.stream().filter(t -> t.serves() != null).forEach(t -> {
            Optional<Transition> step = t.procedures().stream().flatMap(p -> Procedures.of(p)
                    .transition(t.serves().transition()).stream()).findFirst();
            if (step.isEmpty()) {
                problems.add(t.code() + " serves no step: " + t.serves().transition());
                return;
            }
            List<String> stepFields = step.get().fields().stream().map(Field::name).toList();
            t.serves().fields().forEach((name, from) -> {
                if (!stepFields.contains(name)) {
                    problems.add(t.code() + ": " + step.get().name() + " has no field " + name);
                }
                if (!SERVICE_VALUES.contains(from) && !(from.startsWith("field:")
                        && t.field(from.substring(6)).isPresent())) {
                    problems.add(t.code() + ": " + name + " from " + from);
                }
            });
            step.get().fields().stream().filter(Field::required).map(Field::name)
                    .filter(name -> !t.serves().fields().containsKey(name))
                    .forEach(name -> problems.add(t.code() + " leaves " + step.get().name() + "." + name + " empty"));
        });
        assertThat(problems).isEmpty();
    }

    /**
     * The national set numbers each document once, but 7 is both 立案审批表 and 不予立案审批表, and 36, the review form,
     * serves both the case review (案件审核表) and the legal review of a major decision (法制审核意见书).
     */
    @Test
    void formNumbersAreThoseOfTheNationalSet() {
        assertThat(templates.stream().filter(t -> t.form() < 1 || t.form() > 56).map(DocumentTemplate::code))
                .isEmpty();
        Map<Integer, Long> shared = new HashMap<>(templates.stream().collect(groupingBy(DocumentTemplate::form,
                counting())));
        shared.values().removeIf(n -> n == 1);
        assertThat(shared).isEqualTo(Map.of(7, 2L, 36, 2L));
    }

    /** Each kind of numbered document counts its own 文号 (衡市监处罚〔2026〕12号, 衡市监告知〔2026〕3号). */
    @Test
    void numberedDocumentsOfDifferentKindsUseDifferentWords() {
        List<String> words = templates.stream().filter(DocumentTemplate::numbered).map(DocumentTemplate::numberWord)
                .toList();
        assertThat(words).doesNotHaveDuplicates().allSatisfy(w -> assertThat(w).isNotBlank());
    }

    /** 行政处罚法 第五十二条: a penalty on the spot is written on a pre-printed form that carries its own number. */
    @Test
    void aPenaltyOnTheSpotShowsThePrintedFormsNumberAndTakesNoNumberOfOurs() {
        DocumentTemplate onSpot = DocumentTemplates.of("on-spot-decision").orElseThrow();
        assertThat(onSpot.numbered()).isFalse();
        assertThat(onSpot.field("formNumber")).map(DocField::source).contains("fact:formNumber");
    }

    private static boolean feedsService(DocumentTemplate template, DocField field) {
        return template.serves() != null && template.serves().fields().containsValue("field:" + field.name());
    }

    private boolean holds(DocumentTemplate template, String source) {
        if (source.startsWith("text:")) {
            return source.length() > 5;
        }
        if (source.startsWith("fact:")) {
            return template.procedures().stream().anyMatch(p -> Procedures.of(p).factType(source.substring(5))
                    .isPresent());
        }
        return sources.containsKey(source);
    }

    private static CaseFile sampleCase() {
        LocalDate opened = LocalDate.of(2026, 3, 1);
        CaseFacts facts = new CaseFacts(1, 1, "hy", "衡市监P〔2026〕1号", "market", PartyKind.ORGANISATION, opened,
                StepValues.NONE, List.of(), List.of(), List.of(), AvLevel.NONE, List.of());
        return new CaseFile(1, "衡市监P〔2026〕1号", Procedure.GENERAL_PENALTY, "INVESTIGATION", 1, "衡阳市市场监督管理局",
                "market", "某公司销售过期食品案", opened, facts, Map.of(), new CaseFile.Party(1L,
                        PartyKind.ORGANISATION, "某食品有限公司", "91430400MA4L000000", "张三", "衡阳市石鼓区某路1号",
                        "0734-0000000", "衡阳市石鼓区某路1号", "李四", false, null),
                List.of(new CaseFile.Officer(1, "王五", "43000000001"), new CaseFile.Officer(2, "赵六", "43000000002")));
    }
}
