package org.sanxiang.document.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第四十五条 (the agency hears the statement and defence and re-checks each fact, reason and piece of evidence) and
 * 第六十五条 (the hearing): the decision answers each point, with its reasons. The points are the paragraphs of the
 * statement recorded in the case; each needs its own paragraph of answer.
 */
@Component
public class DecisionAnswersDefence extends LegalRule<DocumentIssue> {

    public DecisionAnswersDefence() {
        super("decision-answers-defence", "行政处罚法 第四十五条、第六十五条；国办发〔2018〕118号", UNPROCESSABLE,
                "当事人陈述、申辩或者听证的，决定书逐项写明采纳情况及理由",
                "After a statement, defence or hearing, the decision answers each of its points with reasons",
                DocumentIssue.COMMAND);
    }

    @Override
    public Optional<Refusal> check(DocumentIssue facts) {
        if (!facts.decision()) {
            return allowed();
        }
        boolean heard = facts.kase().facts().taken("hold-hearing");
        String statement = facts.kase().facts().data().text("statement").orElse("");
        long points = statement.lines().filter(l -> !l.isBlank()).count();
        if (points == 0 && !heard) {
            return allowed();
        }
        long answers = facts.has("defenceAnswers")
                ? facts.fields().get("defenceAnswers").lines().filter(l -> !l.isBlank()).count() : 0;
        if (answers == 0) {
            return refuse("当事人已陈述、申辩或者听证，请写明对其意见的采纳情况及理由",
                    "The party made a statement or was heard: answer it, with reasons");
        }
        return answers < points ? refuse("陈述申辩有 " + points + " 点意见，请逐项答复（每项一段），现仅 " + answers + " 段",
                "The statement has " + points + " points: answer each in its own paragraph (" + answers + " now)")
                : allowed();
    }
}
