package org.sanxiang.registry;

import java.util.List;

/** The 执法领域 an agency enforces in, for a case to be opened in one of them. */
public interface AgencyDomains {

    /** The agency's own domain and those its officers are registered for, in the platform's order of domains. */
    List<Domain> of(long agencyId);

    record Domain(String code, String zh, String en) {
    }
}
