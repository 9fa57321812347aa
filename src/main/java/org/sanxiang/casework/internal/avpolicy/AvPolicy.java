package org.sanxiang.casework.internal.avpolicy;

import org.sanxiang.casework.AvLevel;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.internal.procedure.Transition;

/**
 * An agency's 音像记录事项清单: how each step of each procedure must be recorded on audio/video in that agency.
 * What the portal publishes and what a case's step is held to come from here, so the two cannot differ.
 */
public interface AvPolicy {

    /** The level the agency's list gives the step; the step's default where the agency set none. */
    AvLevel level(long agencyId, Procedure procedure, Transition transition);
}
