package it.cartella.query.indicator;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Writes lines of text as CSV or as an XLSX sheet. */
public final class Spreadsheets {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Spreadsheets() {
    }

    /**
     * Semicolon-separated, UTF-8 with a byte-order mark, decimal comma: what a spreadsheet set to Italian opens
     * correctly.
     */
    public static byte[] csv(List<List<String>> lines) {
        String text = lines.stream()
                .map(line -> line.stream().map(Spreadsheets::italian).map(Spreadsheets::quoted)
                        .collect(Collectors.joining(";")))
                .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** One sheet, bold header; numeric values as numbers, so they can be summed and charted. */
    public static byte[] xlsx(String sheetName, List<List<String>> lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    String value = line.get(c);
                    org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                    if (r > 0 && NUMBER.matcher(value).matches()) {
                        cell.setCellValue(Double.parseDouble(value));
                    } else {
                        cell.setCellValue(value);
                    }
                    if (r == 0) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String italian(String value) {
        return NUMBER.matcher(value).matches() ? value.replace('.', ',') : value;
    }

    private static String quoted(String value) {
        if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
