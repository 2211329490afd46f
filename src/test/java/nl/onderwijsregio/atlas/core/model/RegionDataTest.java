package nl.onderwijsregio.atlas.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The texts of the file, found by the letter or the theme id a case is tagged with. */
class RegionDataTest {

    private final RegionData data = new RegionData(1, SourceInfo.unknown(),
            List.of(new AbcsEntry(AbcsLetter.B, new LocalizedText("Behouden & professionaliseren", "Retaining"), null)),
            List.of(new Theme("invalpools", new LocalizedText("Invalpools", "Supply pools"), null)), List.of());

    @Test
    void letterBIsNamedAsTheFileNamesIt() {
        assertEquals("Behouden & professionaliseren", data.abcs(AbcsLetter.B).orElseThrow().name().nl());
    }

    @Test
    void aLetterTheFileLeavesOutIsNotFound() {
        assertTrue(data.abcs(AbcsLetter.S).isEmpty());
    }

    @Test
    void invalpoolsIsFoundByItsIdAndZijInstroomWhichTheFileDoesNotIntroduceIsNot() {
        assertEquals("Supply pools", data.theme("invalpools").orElseThrow().name().en());
        assertTrue(data.theme("zij-instroom").isEmpty());
    }
}
