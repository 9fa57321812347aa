package org.sanxiang.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.casework.internal.procedure.Transition;

/**
 * A step's ledger entry ({@code case.step} with its transition) reads on the ledger page as the procedure names
 * the step, in Chinese and English.
 */
class EveryStepIsNamedOnTheLedgerTest {

    @Test
    void everyStepOfEveryProcedureHasAChineseAndAnEnglishNameOnTheLedger() throws IOException {
        Properties zh = bundle("i18n/casework_zh_CN.properties");
        Properties en = bundle("i18n/casework.properties");
        for (var procedure : Procedures.all()) {
            for (Transition step : procedure.transitions()) {
                String key = "ledger.entry.case.step." + step.name();
                if (step.opensCase() && !zh.containsKey(key)) {
                    continue; // an opening is entry case.opened
                }
                assertThat(zh.getProperty(key)).as(key).isNotNull();
                assertThat(en.getProperty(key)).as(key).isNotNull();
            }
        }
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (var in = EveryStepIsNamedOnTheLedgerTest.class.getClassLoader().getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
