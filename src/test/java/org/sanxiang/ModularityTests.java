package org.sanxiang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SanxiangApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    /**
     * The module diagrams (all modules and who uses whom; each module with its neighbours) are generated from the
     * code by every build, under target/spring-modulith-docs (README, "结构 / Layout"), so they cannot go stale.
     * Modulith's module canvases are left out: its JSON parser cannot read the Javadoc index of this code base.
     */
    @Test
    void theModuleDiagramsAreWrittenFromTheCode() throws java.io.IOException {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
        assertThat(Files.readString(Path.of("target/spring-modulith-docs/module-registry.puml")))
                .contains("Registry", "Ledger", "Platform");
    }
}
