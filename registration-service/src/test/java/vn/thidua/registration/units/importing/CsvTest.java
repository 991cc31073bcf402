package vn.thidua.registration.units.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as government spreadsheets export it. */
class CsvTest {

    @Test
    void eachRecordKnowsTheLineItStartsOn_evenAfterLineBreaksInsideQuotedCells() {
        List<Csv.Record> records = Csv.parse("a,b\n\"Phường Phú Xuân\n\",19753\nc,d\n");
        assertThat(records).extracting(Csv.Record::line).containsExactly(1, 2, 4);
        assertThat(records.get(1).cells()).containsExactly("Phường Phú Xuân\n", "19753");
    }

    @Test
    void quotedCellsHoldCommasAndDoubledQuotes() {
        List<Csv.Record> records = Csv.parse("\"Tỉnh, thành phố\",\"say \"\"hi\"\"\",x\r\n");
        assertThat(records).hasSize(1);
        assertThat(records.getFirst().cells()).containsExactly("Tỉnh, thành phố", "say \"hi\"", "x");
    }

    @Test
    void aByteOrderMarkIsIgnored_andAMissingLastLineBreakLosesNothing() {
        List<Csv.Record> records = Csv.parse("\uFEFFMã,Tên\n01,Hà Nội");
        assertThat(records.getFirst().cells()).containsExactly("Mã", "Tên");
        assertThat(records.get(1).cells()).containsExactly("01", "Hà Nội");
    }

    @Test
    void aQuotedCellNeverClosedMarksTheRecordBroken() {
        List<Csv.Record> records = Csv.parse("a,b\n\"open,cell\n");
        assertThat(records.getFirst().broken()).isFalse();
        assertThat(records.get(1).broken()).isTrue();
        assertThat(records.get(1).line()).isEqualTo(2);
    }

    @Test
    void bannerRowsHaveOnlyTheFirstCell() {
        Csv.Record banner = Csv.parse("THÀNH PHỐ HÀ NỘI  ,,,,,,,,\n").getFirst();
        assertThat(banner.blankFrom(1)).isTrue();
        assertThat(banner.blankFrom(0)).isFalse();
        assertThat(banner.cell(42)).isEmpty();
    }
}
