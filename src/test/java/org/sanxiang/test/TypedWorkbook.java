package org.sanxiang.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A real .xlsx as a person types it in a spreadsheet program: only the sheets and cells she fills, as text. */
public final class TypedWorkbook {

    private TypedWorkbook() {
    }

    /** @param sheets each sheet's rows by its name, the first row its header; empty cells are left out */
    public static byte[] of(Map<String, List<List<String>>> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "test", "1.0");
            sheets.forEach((name, rows) -> {
                Worksheet ws = wb.newWorksheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        if (!rows.get(r).get(c).isEmpty()) {
                            ws.value(r, c, rows.get(r).get(c));
                        }
                    }
                }
            });
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @SafeVarargs
    public static List<List<String>> rows(List<String>... rows) {
        return new ArrayList<>(List.of(rows));
    }
}
