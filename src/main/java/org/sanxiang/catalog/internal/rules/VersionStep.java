package org.sanxiang.catalog.internal.rules;

import java.time.LocalDate;

import org.sanxiang.catalog.internal.item.ItemContent;
import org.sanxiang.catalog.internal.version.VersionState;
import org.sanxiang.platform.CurrentUser;

/**
 * One step asked of a version of a catalog item, with what the rules look at: the step, the version's state, its
 * agency and drafter, who asks, today (Asia/Shanghai), the effective date asked for, the reason given and the
 * content. A page asks the rules of every step before it offers it.
 *
 * @param effectiveFrom the date a publication takes effect (or a repeal ends force); {@code null} for other steps
 * @param reason        a return's reasons, a repeal's reason, a pass's opinion; {@code null} when none was given
 */
public record VersionStep(Step step, VersionState state, long agencyId, String drafter, CurrentUser actor,
        LocalDate today, LocalDate effectiveFrom, String reason, ItemContent content) {

    public static final String EDIT = "catalog.version.edit";
    public static final String SUBMIT = "catalog.version.submit";
    public static final String PASS = "catalog.version.pass";
    public static final String RETURN = "catalog.version.return";
    public static final String PUBLISH = "catalog.version.publish";
    public static final String REPEAL = "catalog.version.repeal";

    /** The steps, each the command whose rules it applies. */
    public enum Step {
        EDIT(VersionStep.EDIT), SUBMIT(VersionStep.SUBMIT), PASS(VersionStep.PASS), RETURN(VersionStep.RETURN),
        PUBLISH(VersionStep.PUBLISH), REPEAL(VersionStep.REPEAL);

        private final String command;

        Step(String command) {
            this.command = command;
        }

        public String command() {
            return command;
        }
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
