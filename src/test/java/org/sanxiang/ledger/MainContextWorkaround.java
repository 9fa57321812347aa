package org.sanxiang.ledger;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * TEMPORARY: main (at 1de7cb1) does not register the registry's {@code @ConfigurationProperties}, so no
 * application context starts. Registering them here lets the ledger's integration tests run; harmless (and to be
 * deleted) once main registers them itself.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConfigurationPropertiesScan("org.sanxiang.registry")
class MainContextWorkaround {
}
