package nl.onderwijsregio.atlas.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NationalPictureTest {

    private final NationalPicture picture = NationalPicture.bundled();

    @Test
    void fortyFourRegionsAnsweredAndSixTablesAreKept() {
        assertEquals(44, picture.respondents());
        assertEquals(List.of(4, 5, 10, 11, 1, 2),
                picture.tables().stream().map(NationalPicture.Table::number).toList());
    }

    @Test
    void theSpendingTablesAreInSection42AndTheSurveyTablesInAppendix1() {
        assertEquals(List.of("bijlage 1", "bijlage 1", "bijlage 1", "bijlage 1", "§ 4.2", "§ 4.2"),
                picture.tables().stream().map(t -> t.location().nl()).toList());
        assertEquals("section 4.2", table("besteding-wie").location().en());
    }

    @Test
    void aTableThatDoesNotSayWhereItIsPrintedIsRejected() throws Exception {
        String json = """
                {"source":{"nl":"x"},"respondents":44,"tables":[{"id":"t","table":1,"kind":"percent",
                "title":{"nl":"t"},"categories":[{"nl":"%"}],"rows":[]}]}""";
        var e = assertThrows(IllegalStateException.class,
                () -> NationalPicture.read(new ObjectMapper().readTree(json)));
        assertTrue(e.getMessage().contains("table 1 ") && e.getMessage().contains("location"), e.getMessage());
    }

    @Test
    void cooperationInGeneralIsAsPrinted() {
        NationalPicture.Row general = table("samenwerking").rows().get(0);
        assertEquals("In algemene zin", general.label().nl());
        assertEquals(List.of(0, 1, 3, 36, 4), general.values());
    }

    @Test
    void aBlankCellStaysBlankRatherThanZero() {
        NationalPicture.Row row = table("samenwerking").rows().get(5);
        assertNull(row.values().get(4));
        assertEquals(44, row.sum());
    }

    @Test
    void administrativeBurdenRowsThatDoNotReach44AreNamed() {
        List<NationalPicture.Shortfall> shortfalls = table("administratieve-lasten").shortfalls(44);
        assertEquals(List.of(42, 43, 43), shortfalls.stream().map(NationalPicture.Shortfall::printed).toList());
        assertEquals("Uw bestuur als partij van de onderwijsregio", shortfalls.get(0).rowLabel().nl());
    }

    @Test
    void theOtherTablesAddUp() {
        for (String id : List.of("samenwerking", "doeltreffendheid", "doelmatigheid", "besteding-wie", "besteding-wat")) {
            assertTrue(table(id).shortfalls(44).isEmpty(), id);
        }
    }

    @Test
    void percentagesThatMissTheirPrintedTotalAreNoted() throws Exception {
        String json = """
                {"source":{"nl":"x"},"respondents":44,"tables":[{"id":"t","table":2,"location":{"nl":"§ 4.2"},"kind":"percent",
                "printedTotal":100,"title":{"nl":"t"},"categories":[{"nl":"%"}],
                "rows":[{"label":{"nl":"Opleiden"},"values":[29]},{"label":{"nl":"Overig"},"values":[70]}]}]}""";
        NationalPicture p = NationalPicture.read(new ObjectMapper().readTree(json));
        assertEquals(List.of(new NationalPicture.Shortfall(null, 99, 100)), p.tables().get(0).shortfalls(44));
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRejectedByName() throws Exception {
        String json = """
                {"source":{"nl":"x"},"respondents":44,"tables":[{"id":"t","table":11,"location":{"nl":"bijlage 1"},"kind":"counts",
                "title":{"nl":"t"},"categories":[{"nl":"a"},{"nl":"b"}],
                "rows":[{"label":{"nl":"Geld"},"values":[1, 2, 3]}]}]}""";
        var e = assertThrows(IllegalStateException.class,
                () -> NationalPicture.read(new ObjectMapper().readTree(json)));
        assertTrue(e.getMessage().contains("table 11,") && e.getMessage().contains("Geld"), e.getMessage());
    }

    private NationalPicture.Table table(String id) {
        return picture.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError(id + " not in " + Arrays.toString(picture.tables().toArray())));
    }
}
