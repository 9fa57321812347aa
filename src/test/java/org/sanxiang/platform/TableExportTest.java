package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TableExportTest {

    @Test
    void csvQuotesSeparatorsAndNeutralisesFormulasSoAnExportCannotRunCodeInExcel() {
        assertThat(TableExport.csvLine(Arrays.asList("张三", "a,b", "say \"hi\"", "=1+1", "-5", null)))
                .isEqualTo("张三,\"a,b\",\"say \"\"hi\"\"\",'=1+1,-5,\r\n");
    }
}
