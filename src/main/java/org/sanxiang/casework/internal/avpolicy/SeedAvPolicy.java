package org.sanxiang.casework.internal.avpolicy;

import org.sanxiang.casework.AvLevel;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.internal.procedure.Transition;
import org.springframework.stereotype.Component;

/** Every agency keeps the seeds' levels, as the procedures give them, until per-agency configuration exists. */
@Component
class SeedAvPolicy implements AvPolicy {

    @Override
    public AvLevel level(long agencyId, Procedure procedure, Transition transition) {
        return transition.avLevel();
    }
}
