package it.cartella.query.indicator;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetsTest {

    private final List<List<String>> lines = List.of(List.of("Indicatore", "Valore"),
            List.of("Nuclei; con \"PaIS\"", "61.1"), List.of("Persone", "<5"));

    @Test
    void csvIsWhatAnItalianSpreadsheetReads() {
        String csv = new String(Spreadsheets.csv(lines), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFIndicatore;Valore\r\n\"Nuclei; con \"\"PaIS\"\"\";61,1\r\nPersone;<5\r\n");
    }

    @Test
    void xlsxKeepsNumbersAsNumbersAndSuppressedCellsAsText() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Spreadsheets.xlsx("Indicatori", lines)))) {
            var sheet = workbook.getSheet("Indicatori");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(61.1);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("<5");
        }
    }
}
