package nl.onderwijsregio.atlas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.model.Atlas;
import org.junit.jupiter.api.Test;

/**
 * The figures CSV keeps its figure columns where they were and carries each region's doubts after them, and after
 * those the name of the card that printed the figures.
 */
class FiguresCsvTest {

    @Test
    void twoDoubtsShareTheirCellWithoutSplittingTheRowOrItsColumns() throws Exception {
        Atlas atlas = TestData.bundledAtlas();
        Map<String, List<String>> doubts = Map.of("rijk-van-nijmegen", List.of(
                "Rijk van Nijmegen heeft dezelfde kerncijfers als Rond Bommel en Dommel.",
                "Een tweede kanttekening, verzonnen voor deze test; met een puntkomma."));

        String row = CsvExport.figures(atlas, doubts).lines()
                .filter(line -> line.startsWith("rijk-van-nijmegen;")).findFirst().orElseThrow();

        assertEquals("rijk-van-nijmegen;Rijk van Nijmegen;32646;22;0;0;3;PO;\"Rijk van Nijmegen heeft dezelfde"
                + " kerncijfers als Rond Bommel en Dommel. | Een tweede kanttekening, verzonnen voor deze test; met een puntkomma.\";Onderwijsregio Rijk van Nijmegen",
                row);
    }

    @Test
    void twenteEnOmstrekensFiguresNameTheCardTheyArePrintedOnTwenteAndOmstreken() throws Exception {
        String csv = CsvExport.figures(TestData.bundledAtlas(), Map.of());

        assertEquals("published_name", csv.lines().findFirst().orElseThrow().replaceAll(".*;", ""), "the last column");
        String row = csv.lines().filter(line -> line.startsWith("twente-en-omstreken;")).findFirst().orElseThrow();
        assertEquals("twente-en-omstreken;Twente en omstreken", row.substring(0, row.indexOf(";", 20)));
        assertEquals(";Twente & Omstreken", row.substring(row.lastIndexOf(';')));
    }
}
