package org.sanxiang.casework.internal.avpolicy;

import java.util.Locale;
import java.util.Set;

import org.sanxiang.casework.AvLevel;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.StepValues;
import org.sanxiang.casework.internal.procedure.Transition;
import org.sanxiang.platform.AgencyDirectory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Each agency's 音像记录事项清单: the audio/video level of every step. What the portal publishes and what a case's
 * step is held to come from here, so the two cannot differ. Unconfigured, a step has the level the seeds
 * give it (its transition's default: 查封扣押 FULL; 现场检查、证据保全、听证 REQUIRED; 询问、送达 RECOMMENDED); an
 * agency sets its own under {@code sanxiang.casework.av-policy.agencies.<统一社会信用代码>.<procedure>.<step>}, all
 * agencies under {@code sanxiang.casework.av-policy.<procedure>.<step>} (FULL, REQUIRED, RECOMMENDED or NONE).
 * Service left at the address or by public notice is recorded at least as REQUIRED (seeds 000–004: 留置送达、公告送达).
 */
@Component
public class AvPolicy {

    static final String PREFIX = "sanxiang.casework.av-policy";
    static final Set<String> RECORDED_SERVICE = Set.of("LEFT", "PUBLIC_NOTICE");

    private final Binder binder;
    private final AgencyDirectory agencies;

    AvPolicy(Environment environment, AgencyDirectory agencies) {
        this.binder = Binder.get(environment);
        this.agencies = agencies;
    }

    /** The level the agency's list gives the step (what the portal publishes). */
    public AvLevel level(long agencyId, Procedure procedure, Transition step) {
        return level(agencies.creditCode(agencyId).orElse(null), procedure, step);
    }

    /** The level of the step for the agency, before its record is known. */
    public AvLevel level(String agencyCode, Procedure procedure, Transition step) {
        String key = procedure.path() + "." + step.name();
        String general = PREFIX + "." + key;
        AvLevel level = binder.bind(general, AvLevel.class).orElse(step.avLevel());
        if (agencyCode != null && !agencyCode.isBlank()) {
            level = binder.bind(PREFIX + ".agencies." + agencyCode.strip().toLowerCase(Locale.ROOT) + "." + key,
                    AvLevel.class).orElse(level);
        }
        return level;
    }

    /** The level of the step with this record: a service method may ask for more. */
    public AvLevel level(String agencyCode, Procedure procedure, Transition step, StepValues record) {
        AvLevel level = level(agencyCode, procedure, step);
        boolean recordedService = record.text("method").or(() -> record.text("noticeMethod"))
                .filter(RECORDED_SERVICE::contains).isPresent();
        return recordedService && level.compareTo(AvLevel.REQUIRED) > 0 ? AvLevel.REQUIRED : level;
    }
}
