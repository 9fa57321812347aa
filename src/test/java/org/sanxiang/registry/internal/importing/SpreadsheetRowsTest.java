package org.sanxiang.registry.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.platform.InvalidInputException;

class SpreadsheetRowsTest {

    @Test
    void csvFieldsMayHoldQuotedCommasQuotesAndLineBreaksAndKeepTheirSpreadsheetRowNumbers() {
        String csv = "姓名,执法区域\r\n张三,\"衡阳市,衡阳县\"\r\n李四,\"多行\n区域\"\r\n王五,\"说\"\"明\"\"\"\r\n";
        List<SpreadsheetRows.Line> lines = SpreadsheetRows.read("a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(lines).extracting(SpreadsheetRows.Line::number).containsExactly(1, 2, 3, 5);
        assertThat(lines.get(1).cell(1)).isEqualTo("衡阳市,衡阳县");
        assertThat(lines.get(2).cell(1)).isEqualTo("多行\n区域");
        assertThat(lines.get(3).cell(1)).isEqualTo("说\"明\"");
    }

    @Test
    void csvSavedByChineseExcelInGb18030IsReadAsWellAsUtf8WithBom() {
        String csv = "姓名\r\n张三\r\n";
        assertThat(SpreadsheetRows.read("a.csv", csv.getBytes(Charset.forName("GB18030"))).get(1).cell(0))
                .isEqualTo("张三");
        assertThat(SpreadsheetRows.read("a.csv", ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8)).get(0).cell(0))
                .isEqualTo("姓名");
    }

    @Test
    void otherFileTypesAreRefusedWithAChineseMessage() {
        assertThatThrownBy(() -> SpreadsheetRows.read("a.xls", new byte[] {1, 2}))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).zh()).contains(".xlsx"));
    }
}
