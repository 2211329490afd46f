package nl.onderwijsregio.atlas.core.edit;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.ALKMAAR;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.AMERSFOORT;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.ARNHEM;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.BERGEN_L;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.BERGEN_NH;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.HENGELO;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.NUENEN;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.UTRECHT;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.VENLO;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.ZWOLLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.edit.PasteListResolver.LineMatch;
import nl.onderwijsregio.atlas.core.edit.PasteListResolver.Status;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
import org.junit.jupiter.api.Test;

class PasteListResolverTest {

    private final Atlas atlas = EditFixture.atlas();
    private final PasteListResolver resolver = new PasteListResolver(atlas.municipalities().values(),
            MunicipalityGraph.of(atlas.municipalities().values()));

    private static List<String> codes(List<LineMatch> matches) {
        return matches.stream().map(m -> m.codes().isEmpty() ? "-" : m.codes().get(0)).toList();
    }

    @Test
    void linesAreSplitOnNewLinesCommasSemicolonsAndAFinalEn() {
        List<LineMatch> m = resolver.resolve("Zwolle\nDeventer; Arnhem, Alkmaar en Venlo\n\n", Set.of());
        assertEquals(List.of(ZWOLLE, DEVENTER, ARNHEM, ALKMAAR, VENLO), codes(m));
        assertTrue(m.stream().allMatch(x -> x.status() == Status.EXACT));
    }

    @Test
    void aNameWithACommaStaysOneMunicipalityEvenWithTypos() {
        List<LineMatch> m = resolver.resolve("Neunen, Gewen en Nederwetten; Zwolle", Set.of());
        assertEquals(List.of(NUENEN, ZWOLLE), codes(m));
        assertEquals("Neunen, Gewen en Nederwetten", m.get(0).text());
        assertTrue(m.get(0).acceptedByDefault());
    }

    @Test
    void hengeloIsFoundWithoutItsCbsSuffix() {
        LineMatch m = resolver.resolveOne("hengelo", Set.of());
        assertEquals(List.of(HENGELO), m.codes());
        assertEquals(Status.EXACT, m.status());
    }

    @Test
    void bergenIsDecidedByTheRegionsMembersAndTheOtherBergenOffered() {
        LineMatch limburg = resolver.resolveOne("Bergen", Set.of(VENLO));
        assertEquals(List.of(BERGEN_L), limburg.codes());
        assertEquals(Status.BY_NEIGHBOURHOOD, limburg.status());
        assertEquals(BERGEN_NH, limburg.alternatives().get(0).code());

        LineMatch noordHolland = resolver.resolveOne("Bergen", Set.of(ALKMAAR));
        assertEquals(List.of(BERGEN_NH), noordHolland.codes());
        assertEquals(BERGEN_L, noordHolland.alternatives().get(0).code());
    }

    @Test
    void bergenWithoutMembersMustBeChosenByTheEditor() {
        LineMatch m = resolver.resolveOne("Bergen", Set.of());
        assertEquals(Status.UNCERTAIN, m.status());
        assertFalse(m.acceptedByDefault());
        assertEquals(1, m.alternatives().size());
    }

    @Test
    void aTypedSuffixDecidesAHomonym() {
        assertEquals(List.of(BERGEN_L), resolver.resolveOne("Bergen (L)", Set.of(ALKMAAR)).codes());
    }

    @Test
    void typosAreForgivenWithLowerConfidence() {
        LineMatch m = resolver.resolveOne("AArnhem", Set.of());
        assertEquals(List.of(ARNHEM), m.codes());
        assertEquals(Status.LIKELY, m.status());
        assertTrue(m.confidence() < 1.0 && m.confidence() >= 0.6, "confidence " + m.confidence());
    }

    @Test
    void bulletsAndTheWordGemeenteAreIgnored() {
        assertEquals(List.of(ZWOLLE, DEVENTER, ARNHEM),
                codes(resolver.resolve("- gemeente Zwolle\n• Deventer.\n3. Arnhem", Set.of())));
    }

    @Test
    void theWordGemeenteInBracketsIsIgnoredWhileACbsSuffixStillDecides() {
        LineMatch deventer = resolver.resolveOne("Deventer (gemeente)", Set.of());
        assertEquals(List.of(DEVENTER), deventer.codes());
        assertEquals(Status.EXACT, deventer.status());
        assertEquals("Deventer", deventer.text());
        assertEquals(List.of(ARNHEM), resolver.resolveOne("Arnhem (gem.)", Set.of()).codes());
        assertEquals(List.of(BERGEN_L), resolver.resolveOne("Bergen (L.) (gemeente)", Set.of(ALKMAAR)).codes(),
                "the suffix, not Alkmaar beside Bergen (NH.), decides");
    }

    @Test
    void aFootnoteMarkAfterTheNameIsIgnored() {
        List<LineMatch> m = resolver.resolve("Zwolle 1)\nDeventer (2)\nArnhem [3]\nHengelo (O.)*", Set.of());
        assertEquals(List.of(ZWOLLE, DEVENTER, ARNHEM, HENGELO), codes(m));
        assertTrue(m.stream().allMatch(x -> x.status() == Status.EXACT && x.confidence() == 1.0), m.toString());
        assertEquals(List.of("Zwolle", "Deventer", "Arnhem", "Hengelo (O.)"), m.stream().map(LineMatch::text).toList());
    }

    @Test
    void aLineOfNothingButABulletIsNoLine() {
        assertEquals(List.of(ZWOLLE, DEVENTER), codes(resolver.resolve("• Zwolle\n•\n- Deventer\n-", Set.of())));
    }

    @Test
    void aRowCopiedFromATableIsTheMunicipalityInItsFirstNameCell() {
        List<LineMatch> m = resolver.resolve("nr\tgemeente\tinwoners\tprovincie\n"
                + "1\tDeventer\t101.000\tOverijssel\n"
                + "2\tArnhem (gemeente)\t165.000\tGelderland\n"
                + "•\tZwolle", Set.of());
        assertEquals(List.of("-", DEVENTER, ARNHEM, ZWOLLE), codes(m), "the header row names nothing");
        assertEquals(List.of("nr gemeente inwoners provincie", "Deventer", "Arnhem", "Zwolle"),
                m.stream().map(LineMatch::text).toList());
        assertTrue(m.subList(1, 4).stream().allMatch(x -> x.status() == Status.EXACT), m.toString());
    }

    @Test
    void aCodeInACellOfItsOwnGoesWithTheNameInTheRow() {
        List<LineMatch> m = resolver.resolve("Bergen\tGM0373\tNoord-Holland", Set.of(VENLO));
        assertEquals(List.of(BERGEN_NH), codes(m), "not Bergen (L.) beside Venlo");
        assertEquals(Status.EXACT, m.get(0).status());
        assertEquals(List.of(BERGEN_NH), codes(resolver.resolve("GM0373\tBergen\tNoord-Holland", Set.of(VENLO))));
    }

    @Test
    void aRowOfNothingButNamesIsAListLaidOutSideways() {
        assertEquals(List.of(ZWOLLE, DEVENTER, ARNHEM), codes(resolver.resolve("Zwolle\tDeventer\tArnhem", Set.of())));
        assertEquals(List.of(ZWOLLE), codes(resolver.resolve("Zwolle\tOverijssel", Set.of())), "a province is no name");
    }

    @Test
    void aWholeProvinceResolvesToAllItsMunicipalities() {
        LineMatch m = resolver.resolveOne("provincie Utrecht", Set.of());
        assertEquals(Status.PROVINCE, m.status());
        assertEquals(List.of(UTRECHT, AMERSFOORT), m.codes());
        assertEquals(List.of(UTRECHT), resolver.resolveOne("Utrecht", Set.of()).codes(), "the city is not the province");
    }

    @Test
    void nonsenseIsNotFound() {
        LineMatch m = resolver.resolveOne("Xyzzyqwv", Set.of());
        assertEquals(Status.NOT_FOUND, m.status());
        assertTrue(m.codes().isEmpty());
    }

    @Test
    void aCbsCodeIsTakenAsIs() {
        assertEquals(List.of(DEVENTER), resolver.resolveOne("gm0150", Set.of()).codes());
    }

    @Test
    void aCbsCodeBesideTheNameDecidesWithFullConfidence() {
        for (String line : List.of("Deventer (GM0150)", "Deventer GM0150", "GM0150 - Deventer", "gemeente Deventer [gm0150]")) {
            LineMatch m = resolver.resolveOne(line, Set.of());
            assertEquals(List.of(DEVENTER), m.codes(), line);
            assertEquals(Status.EXACT, m.status(), line);
            assertEquals(1.0, m.confidence(), line);
        }
        assertEquals(List.of(DEVENTER, ARNHEM), codes(resolver.resolve("Deventer (GM0150), Arnhem (GM0202)", Set.of())));
    }

    @Test
    void theCodeDecidesWhichBergenEvenAgainstTheRegionsMembers() {
        // Venlo would have Bergen (L.) chosen for lying beside it; the code says Bergen (NH.).
        LineMatch m = resolver.resolveOne("Bergen (GM0373)", Set.of(VENLO));
        assertEquals(List.of(BERGEN_NH), m.codes());
        assertEquals(Status.EXACT, m.status());
    }

    @Test
    void aNameThatDoesNotFitItsCodeLeavesTheChoiceToTheEditorBetweenBoth() {
        LineMatch m = resolver.resolveOne("Zwolle (GM0150)", Set.of());
        assertEquals(Status.UNCERTAIN, m.status());
        assertFalse(m.acceptedByDefault(), "neither the name nor the code is trusted on its own");
        assertEquals(List.of(DEVENTER), m.codes(), "the code's municipality is offered");
        assertEquals(ZWOLLE, m.alternatives().get(0).code(), "and the name's");
    }

    @Test
    void aCodeTheEditionDoesNotKnowLeavesTheNameForTheEditorToConfirm() {
        LineMatch m = resolver.resolveOne("Zwolle (GM9999)", Set.of());
        assertEquals(List.of(ZWOLLE), m.codes());
        assertEquals(Status.UNCERTAIN, m.status());
    }
}
