package org.sanxiang.casework.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseStepFacts;
import org.springframework.stereotype.Component;

/** The facts other modules add to a step ({@link CaseStepFacts}), gathered for the step's rules. */
@Component
class StepContributions {

    private final List<CaseStepFacts<?>> contributors;

    StepContributions(List<CaseStepFacts<?>> contributors) {
        this.contributors = contributors;
    }

    Map<Class<?>, Object> of(String transition, CaseFacts kase, LocalDate today) {
        Map<Class<?>, Object> facts = new HashMap<>();
        for (CaseStepFacts<?> contributor : contributors) {
            if (contributor.transitions().contains(transition)) {
                facts.put(contributor.type(), contributor.of(kase, today));
            }
        }
        return facts;
    }
}
