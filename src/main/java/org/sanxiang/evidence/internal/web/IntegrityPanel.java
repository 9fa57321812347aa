package org.sanxiang.evidence.internal.web;

import java.util.List;
import java.util.Optional;

import org.sanxiang.evidence.internal.integrity.IntegrityAlert;
import org.sanxiang.evidence.internal.integrity.IntegrityCheck;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.WorkbenchPanel;
import org.springframework.stereotype.Component;

/**
 * The evidence module's panel on the workbench: evidence in the reader's scope whose content the integrity check
 * found changed or lost, for the administrators and supervisors who must see to it (restore it from a backup, look
 * into who changed it). Shown while an alert is open; gone once a later check finds the content intact.
 */
@Component
class IntegrityPanel implements WorkbenchPanel {

    /** How many alerts the panel lists; the integrity page lists them all. */
    static final int SHOWN = 10;

    private final IntegrityCheck integrity;

    IntegrityPanel(IntegrityCheck integrity) {
        this.integrity = integrity;
    }

    @Override
    public String template() {
        return "evidence/panels";
    }

    @Override
    public String fragment() {
        return "integrity";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Alerts> model(CurrentUser user) {
        if (!EvidencePages.readsIntegrity(user)) {
            return Optional.empty();
        }
        List<IntegrityAlert> alerts = integrity.openAlerts(user);
        return alerts.isEmpty() ? Optional.empty()
                : Optional.of(new Alerts(alerts.subList(0, Math.min(SHOWN, alerts.size())), alerts.size()));
    }

    /** @param total how many are open, of which {@code shown} are listed */
    record Alerts(List<IntegrityAlert> shown, int total) {

        public int more() {
            return total - shown.size();
        }
    }
}
