package org.sanxiang.registry;

import java.util.Collection;
import java.util.Map;

/** The names of agencies' internal units (内设机构), for the modules that count or list things per unit. */
public interface AgencyUnits {

    /** The name of each of these units that exists, by id. */
    Map<Long, String> names(Collection<Long> unitIds);
}
