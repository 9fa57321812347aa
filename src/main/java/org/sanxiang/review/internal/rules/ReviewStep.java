package org.sanxiang.review.internal.rules;

import java.util.Map;
import java.util.Set;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.review.ReviewStatus;
import org.sanxiang.review.internal.Checklist;

/**
 * One step asked of a case's legal review, with what its rules look at. A page asks the same rules before it offers
 * a step.
 *
 * @param status       the latest round's status; {@code null} when the case has none
 * @param major        whether the case's draft decision meets a criterion of the list in force
 * @param decided      whether the case has left the states a decision is made from
 * @param materialsChanged whether the materials differ from those the latest round froze
 * @param handlers     the usernames of those who handled the case (its officers, the submitter) or withdrew from
 *                     reviewing it
 * @param reviewer     the latest round's reviewer, {@code null} before assignment
 * @param assignee     for {@code assign}: the username asked for, and whether she is a legal reviewer of the agency
 * @param extended     whether the round's time limit was extended before
 */
public record ReviewStep(Step step, CurrentUser actor, ReviewStatus status, boolean major, boolean decided,
        boolean materialsChanged, Set<String> handlers, String reviewer, String assignee, boolean assigneeIsReviewer,
        boolean pledged, String text, String opinion, Map<String, Checklist.Answer> checklist, Integer extensionDays,
        boolean extended) {

    public static final String SUBMIT = "review.submit";
    public static final String ASSIGN = "review.assign";
    public static final String OPINION = "review.opinion";
    public static final String DISPUTE = "review.dispute";
    public static final String EXTEND = "review.extend";
    public static final String RECUSE = "review.recuse";

    public enum Step {
        SUBMIT(ReviewStep.SUBMIT), ASSIGN(ReviewStep.ASSIGN), OPINION(ReviewStep.OPINION), DISPUTE(ReviewStep.DISPUTE),
        EXTEND(ReviewStep.EXTEND), RECUSE(ReviewStep.RECUSE);

        private final String command;

        Step(String command) {
            this.command = command;
        }

        public String command() {
            return command;
        }
    }

    boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
