package org.sanxiang.document.internal.template;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.Procedure;
import org.sanxiang.platform.rule.Text;

/**
 * One document of the national set (《市场监督管理行政处罚文书格式范本（2021年修订版）》, 国市监法发〔2021〕42号): its title,
 * its number in that set, the kind of 文号 it takes, the cases and steps after which it is made, who signs it, its
 * fields and the body its text is laid out by ({@code document/templates/<code>.html}).
 *
 * @param form       its number in the 2021 set (1–56)
 * @param numberWord the word of its 文号 (衡市监<b>处罚</b>〔2026〕12号); {@code null}: a record or form without one
 * @param after      the steps after one of which it is made; empty: at any time of the case
 * @param when       facts the case must have, by name and value (a 不予行政处罚决定书 only for that outcome)
 * @param serves     the case's step its service is, with the step's fields from the service; {@code null}: its
 *                   service is recorded on the document only
 * @param generated  written and issued by the module whose act it records (the legal review's opinion, when the
 *                   reviewer answers), never drafted by hand
 */
public record DocumentTemplate(String code, Text title, int form, String numberWord, Set<Procedure> procedures,
        Set<String> after, Map<String, String> when, Set<Signer> signers, List<DocField> fields, Serves serves,
        boolean generated) {

    /** Who signs the document before it is issued. */
    public enum Signer {
        /** the party, on a touch screen, or a refusal recorded with a witness (笔录, 送达回证) */
        PARTY,
        /** the officers handling the case, two or more (行政处罚法 第四十二条) */
        OFFICERS
    }

    /**
     * @param transition the casework step the service is
     * @param fields     the step's fields by name, each from {@code service.servedOn}, {@code service.method},
     *                   {@code service.consent} or {@code field:<name>} of the document
     */
    public record Serves(String transition, Map<String, String> fields) {
    }

    public static Builder template(String code, String zh, String en, int form) {
        return new Builder(code, new Text(zh, en), form);
    }

    public boolean numbered() {
        return numberWord != null;
    }

    public Optional<DocField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Whether a case with these facts is at a point where the document is made. */
    public boolean availableFor(Procedure procedure, CaseFacts facts) {
        return procedures.contains(procedure) && (after.isEmpty() || after.stream().anyMatch(facts::taken))
                && when.entrySet().stream().allMatch(e -> e.getValue().equals(
                        facts.data().text(e.getKey()).orElse("")));
    }

    public static final class Builder {

        private final String code;
        private final Text title;
        private final int form;
        private String numberWord;
        private final Set<Procedure> procedures = EnumSet.noneOf(Procedure.class);
        private final Set<String> after = new java.util.LinkedHashSet<>();
        private final Map<String, String> when = new LinkedHashMap<>();
        private final Set<Signer> signers = EnumSet.noneOf(Signer.class);
        private final List<DocField> fields = new ArrayList<>();
        private Serves serves;
        private boolean generated;

        private Builder(String code, Text title, int form) {
            this.code = code;
            this.title = title;
            this.form = form;
        }

        public Builder numbered(String word) {
            this.numberWord = word;
            return this;
        }

        public Builder in(Procedure... procedures) {
            this.procedures.addAll(List.of(procedures));
            return this;
        }

        public Builder after(String... transitions) {
            this.after.addAll(List.of(transitions));
            return this;
        }

        public Builder when(String fact, String value) {
            this.when.put(fact, value);
            return this;
        }

        public Builder signedBy(Signer... signers) {
            this.signers.addAll(List.of(signers));
            return this;
        }

        public Builder fields(DocField... fields) {
            this.fields.addAll(List.of(fields));
            return this;
        }

        public Builder serves(String transition, Map<String, String> stepFields) {
            this.serves = new Serves(transition, Map.copyOf(stepFields));
            return this;
        }

        public Builder generated() {
            this.generated = true;
            return this;
        }

        public DocumentTemplate build() {
            return new DocumentTemplate(code, title, form, numberWord, Set.copyOf(procedures), Set.copyOf(after),
                    Map.copyOf(when), signers.isEmpty() ? Set.of() : EnumSet.copyOf(signers), List.copyOf(fields),
                    serves, generated);
        }
    }
}
