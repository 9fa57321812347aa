package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

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

    @Test
    void anXlsxWhoseSharedStringsUnpackToFarMoreThanAnImportReadsIsRefusedBeforeItIsRead() throws IOException {
        byte[] bomb = withSharedStrings(xlsx(2), 48L * 1024 * 1024);
        assertThat(bomb.length).as("small on the wire").isLessThan(1024 * 1024);
        assertThatThrownBy(() -> SpreadsheetRows.read("bomb.xlsx", bomb))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.zh()).contains("解压后超过 32 MB"));
    }

    @Test
    void aSheetWithMoreRowsThanOneImportTakesIsRefused() throws IOException {
        byte[] sheet = xlsx(SpreadsheetRows.MAX_ROWS + 2);
        assertThatThrownBy(() -> SpreadsheetRows.read("many.xlsx", sheet))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.zh()).contains("超过 10000 个数据行"));
        String csv = "姓名\n" + "张三\n".repeat(SpreadsheetRows.MAX_ROWS + 1);
        assertThatThrownBy(() -> SpreadsheetRows.read("many.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.zh()).contains("超过 10000 个数据行"));
    }

    @Test
    void aCellLongerThanAnyFieldOrAQuoteNeverClosedIsRefused() {
        String longCell = "姓名\n" + "张".repeat(SpreadsheetRows.MAX_CELL_CHARS + 1) + "\n";
        assertThatThrownBy(() -> SpreadsheetRows.read("long.csv", longCell.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.zh()).contains("第 2 行有超过 " + SpreadsheetRows.MAX_CELL_CHARS + " 个字符的单元格"));
        String unclosed = "姓名\n\"" + "张三\n".repeat(100_000);
        assertThatThrownBy(() -> SpreadsheetRows.read("quote.csv", unclosed.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.zh()).contains("第 2 行有超过 " + SpreadsheetRows.MAX_CELL_CHARS + " 个字符的单元格"));
    }

    @Test
    void excelDateCellsAreReadAsTheirDatesWhateverDateFormatShowsThem() throws IOException {
        byte[] xlsx = poi(false, (wb, row) -> {
            CellStyle builtIn = wb.createCellStyle();
            builtIn.setDataFormat((short) 14); // m/d/yy, what Excel gives a date typed as 2026/1/31
            CellStyle chinese = wb.createCellStyle();
            chinese.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\";@"));
            dated(row.createCell(0), LocalDate.of(2026, 1, 31), builtIn);
            dated(row.createCell(1), LocalDate.of(2026, 11, 1), chinese);
            row.createCell(2).setCellFormula("A2+365");
            row.getCell(2).setCellStyle(builtIn);
        });
        assertThat(SpreadsheetRows.read("dates.xlsx", xlsx).get(1).cells())
                .as("a formula's date (its cached value) too").containsExactly("2026-01-31", "2026-11-01", "2027-01-31");
    }

    @Test
    void aWorkbookInThe1904DateSystemOfOldMacExcelGivesTheSameDates() throws IOException {
        byte[] xlsx = poi(true, (wb, row) -> {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            dated(row.createCell(0), LocalDate.of(2026, 1, 31), date);
        });
        assertThat(SpreadsheetRows.read("mac.xlsx", xlsx).get(1).cell(0)).isEqualTo("2026-01-31");
    }

    @Test
    void numbersInTheGeneralFormatAndTextCellsAreReadAsTheyShow() throws IOException {
        byte[] xlsx = poi(false, (wb, row) -> {
            row.createCell(0).setCellValue(46327); // a serial in a General cell: the import reads it as a date
            row.createCell(1).setCellValue(43040020240001d); // a credential number typed as a number
            row.createCell(2).setCellValue("2026年1月31日");
            row.createCell(3).setCellValue(1.5);
        });
        assertThat(SpreadsheetRows.read("plain.xlsx", xlsx).get(1).cells())
                .containsExactly("46327", "43040020240001", "2026年1月31日", "1.5");
    }

    /** A workbook as Excel saves it: header row, then one row the function fills; formulas evaluated. */
    private static byte[] poi(boolean date1904, BiConsumer<XSSFWorkbook, org.apache.poi.ss.usermodel.Row> fill)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var properties = wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr()
                    : wb.getCTWorkbook().addNewWorkbookPr();
            properties.setDate1904(date1904);
            XSSFSheet sheet = wb.createSheet("执法人员");
            sheet.createRow(0).createCell(0).setCellValue("发证日期");
            fill.accept(wb, sheet.createRow(1));
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void dated(Cell cell, LocalDate date, CellStyle style) {
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }

    /** A real workbook of the given number of rows, one text cell each. */
    private static byte[] xlsx(int rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("人员");
        for (int r = 0; r < rows; r++) {
            sheet.value(r, 0, r == 0 ? "姓名" : "张三");
        }
        workbook.finish();
        return out.toByteArray();
    }

    /** The workbook with its shared strings replaced by one string of the given size: deflates to almost nothing. */
    private static byte[] withSharedStrings(byte[] xlsx, long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipArchiveEntry entry : Collections.list(in.getEntries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    zip.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>"
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = "A".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
                    for (long written = 0; written < size; written += chunk.length) {
                        zip.write(chunk);
                    }
                    zip.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.getInputStream(entry).transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
