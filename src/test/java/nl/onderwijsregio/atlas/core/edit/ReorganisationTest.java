package nl.onderwijsregio.atlas.core.edit;

import nl.onderwijsregio.atlas.core.text.Language;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.HENGELO;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.OLST_WIJHE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.RAALTE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.ZWOLLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Municipality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;

class ReorganisationTest {

    @TempDir
    Path dir;

    private final Atlas atlas = Edits.addMembers(EditFixture.atlas(), "oost-nederland", List.of(OLST_WIJHE), null)
            .apply(EditFixture.atlas());

    @Test
    void aCsvOfOldAndNewCodesReadAheadOfTheBoundariesAppliesThemInOneStepOnlyWhenTheEditorGoesAhead()
            throws Exception {
        Path csv = dir.resolve("herindeling.csv");
        Files.writeString(csv, "oude_code;nieuwe_code\nGM1773;GM0150\n");
        Reorganisation r = Reorganisation.fromCsv(csv);
        List<Reorganisation.Stale> stale = r.stale(atlas);
        assertEquals(List.of(new Reorganisation.Stale("oost-nederland", "Oost-Nederland", OLST_WIJHE, "Olst-Wijhe",
                DEVENTER, "Deventer", null, true)), stale, "the loaded boundaries still have Olst-Wijhe");
        assertFalse(stale.get(0).proposed());

        EditHistory history = new EditHistory(atlas);
        history.perform(r.edit(history.current(), Map.of(), true));
        assertEquals(Set.of(ZWOLLE, RAALTE, DEVENTER), history.current().region("oost-nederland").orElseThrow().memberCodes());
        history.undo();
        assertTrue(history.current().region("oost-nederland").orElseThrow().hasMember(OLST_WIJHE));
    }

    @Test
    void aCsvSuccessorTheLoadedBoundariesDoNotHaveYetIsNamedButNotApplied() throws Exception {
        Path csv = dir.resolve("herindeling.csv");
        Files.writeString(csv, "GM1773;GM1999\n");
        Reorganisation r = Reorganisation.fromCsv(csv);
        assertEquals(List.of(new Reorganisation.Stale("oost-nederland", "Oost-Nederland", OLST_WIJHE, "Olst-Wijhe",
                null, null, "GM1999", true)), r.stale(atlas));
        assertThrows(EditException.class, () -> r.edit(atlas, Map.of(), true),
                "no member may point at boundaries not loaded");
    }

    @Test
    void theHerindelingOfVeenkolonienAndOostFlevolandGivesEachRegionItsMergersAsReasonAndKeepsBothPrintedNames() {
        Atlas in2024 = Herindeling2025.atlas2024();
        Edit herindeling = Reorganisation.fromEdition(in2024, Herindeling2025.edition2025()).edit(in2024);
        Atlas in2025 = herindeling.apply(in2024);

        String veenkolonien = "Stadskanaal (GM0037) en Veendam (GM0047) opgegaan in Veenkoloniën (GM1999)";
        String oostFlevoland = "Zeewolde (GM0050) en Dronten (GM0303) opgegaan in Oost-Flevoland (GM1997)";
        assertEquals("Gemeentelijke herindeling: " + oostFlevoland + "; " + veenkolonien, herindeling.reason(),
                "the step as the change log has it");
        Region noord = in2025.region(Herindeling2025.NOORD_NEDERLAND).orElseThrow();
        assertEquals(List.of(new MemberRef(Herindeling2025.VEENKOLONIEN, "Stadskanaal / Veendam")), noord.members());
        assertEquals(List.of(new Correction("members", "GM0037,GM0047", "GM1999",
                "Gemeentelijke herindeling: " + veenkolonien)), noord.corrections());
        Region zwolle = in2025.region(Herindeling2025.ZWOLLE_EN_OMGEVING).orElseThrow();
        assertEquals(List.of("Gemeentelijke herindeling: " + oostFlevoland),
                zwolle.corrections().stream().map(Correction::reason).toList(), "Dronten's merger, not Veendam's");
        assertEquals(new MemberRef(Herindeling2025.OOST_FLEVOLAND, "Dronten"), zwolle.members().get(2));
    }

    @Test
    void kampenMergedIntoZwolleAheadOfTheBoundariesLeavesItsPrintedNameWithZwolleAndSaysItWentAhead()
            throws Exception {
        Atlas in2024 = Herindeling2025.atlas2024();
        Path csv = dir.resolve("herindeling.csv");
        Files.writeString(csv, "oude_code;nieuwe_code\nGM0166;GM0193\n");

        Atlas after = Reorganisation.fromCsv(csv).edit(in2024, Map.of(), true).apply(in2024);

        Region zwolle = after.region(Herindeling2025.ZWOLLE_EN_OMGEVING).orElseThrow();
        assertEquals(List.of(new MemberRef(Herindeling2025.ZWOLLE, "Zwolle / Kampen"),
                new MemberRef(Herindeling2025.DRONTEN, "Dronten")), zwolle.members());
        assertEquals("Gemeentelijke herindeling: Kampen (GM0166) opgegaan in Zwolle (GM0193) (volgens de codetabel,"
                + " vooruitlopend op de nieuwe gemeentegrenzen)", zwolle.corrections().get(0).reason());
    }

    @Test
    void aBadCsvLineIsNamed() throws Exception {
        Path csv = dir.resolve("herindeling.csv");
        Files.writeString(csv, "GM1773;GM0150\nGM0177;Raalte\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> Reorganisation.fromCsv(csv));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertEquals(csv + ", regel 2: verwacht werd een oude en een nieuwe CBS-code zoals GM0000;GM0001, maar er staat"
                + " „GM0177;Raalte”", e.message(nl.onderwijsregio.atlas.core.text.Language.DUTCH));
    }

    @Test
    void aMistypedCodeOnTheFirstLineIsNamedLikeAnyBadLineNotPassedOverAsAHeader() throws Exception {
        Path csv = dir.resolve("herindeling.csv");
        Files.writeString(csv, "GM037;GM0047\nGM0047;GM1999\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> Reorganisation.fromCsv(csv));
        assertEquals(csv + ", regel 1: verwacht werd een oude en een nieuwe CBS-code zoals GM0000;GM0001, maar er staat"
                + " „GM037;GM0047”", e.message(Language.DUTCH));
    }

    @Test
    void aHeaderWithoutCodesIsPassedOver() throws Exception {
        Path csv = dir.resolve("herindeling.csv");
        Files.writeString(csv, "\n\"oude_code\";\"nieuwe_code\";toelichting 2025\nGM0037;GM1999;samengevoegd\n");
        assertEquals(Map.of(Herindeling2025.STADSKANAAL, Herindeling2025.VEENKOLONIEN),
                Reorganisation.fromCsv(csv).successors());
    }

    /** How CBS tables and Excel exports look: a name beside each code, a comma inside a name. */
    @Test
    void aTableWithTheNamesBesideTheCodesIsReadByItsCodes() throws Exception {
        Path csv = Files.writeString(dir.resolve("herindeling.csv"), """
                oude_code;oude_naam;nieuwe_code;nieuwe_naam
                GM0037;Stadskanaal;GM1999;Veenkoloniën
                GM0820;Nuenen, Gerwen en Nederwetten;GM0772;Eindhoven
                """);
        assertEquals(Map.of(Herindeling2025.STADSKANAAL, Herindeling2025.VEENKOLONIEN, "GM0820", "GM0772"),
                Reorganisation.fromCsv(csv).successors());

        Path commas = Files.writeString(dir.resolve("herindeling-komma.csv"),
                "GM0820,\"Nuenen, Gerwen en Nederwetten\",GM0772,Eindhoven\n");
        assertEquals(Map.of("GM0820", "GM0772"), Reorganisation.fromCsv(commas).successors());
    }

    @Test
    void aBadLineInATableWithNamesIsNamedWithItsLine() throws Exception {
        Path csv = Files.writeString(dir.resolve("herindeling.csv"), """
                oude_code;oude_naam;nieuwe_code;nieuwe_naam
                GM0037;Stadskanaal;GM1999;Veenkoloniën
                GM0047;Veendam;Veenkoloniën;GM1999
                """);
        DataLoadException e = assertThrows(DataLoadException.class, () -> Reorganisation.fromCsv(csv));
        assertEquals(csv + ", regel 3: verwacht werd een oude en een nieuwe CBS-code zoals GM0000;GM0001, maar er staat"
                + " „GM0047;Veendam;Veenkoloniën;GM1999”", e.message(Language.DUTCH));
    }

    @Test
    void anEmptyCodeTableIsRefusedSayingWhatALineLooksLike() throws Exception {
        Path csv = Files.writeString(dir.resolve("herindeling.csv"), "");
        DataLoadException e = assertThrows(DataLoadException.class, () -> Reorganisation.fromCsv(csv));
        assertEquals(csv + ": het bestand bevat geen regel met codes; elke regel noemt een oude en een nieuwe CBS-code,"
                + " zoals GM0037;GM1999", e.message(Language.DUTCH));
        assertEquals(csv + ": the file holds no line with codes; each line names an old and a new CBS code, such as"
                + " GM0037;GM1999", e.message(Language.ENGLISH));
    }

    @Test
    void namesInsteadOfCodesOnTheOnlyLineAreRefusedAsATableWithoutCodes() throws Exception {
        Path csv = Files.writeString(dir.resolve("herindeling.csv"), "Stadskanaal;Veenkolonien\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> Reorganisation.fromCsv(csv));
        assertEquals(csv + ": het bestand bevat geen regel met codes: alleen regel 1, „Stadskanaal;Veenkolonien”, en die"
                + " is als kopregel gelezen, omdat er geen CBS-code in staat; elke regel noemt een oude en een nieuwe"
                + " CBS-code, zoals GM0037;GM1999", e.message(Language.DUTCH));
        assertEquals(csv + ": the file holds no line with codes: only line 1, “Stadskanaal;Veenkolonien”, which was read"
                + " as a header since it holds no CBS code; each line names an old and a new CBS code, such as"
                + " GM0037;GM1999", e.message(Language.ENGLISH));
    }

    @Test
    void aHeaderAloneIsRefusedAsATableWithoutCodes() throws Exception {
        Path csv = Files.writeString(dir.resolve("herindeling.csv"), "oude_code;nieuwe_code\n\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> Reorganisation.fromCsv(csv));
        assertTrue(e.message(Language.DUTCH).contains("geen regel met codes: alleen regel 1, „oude_code;nieuwe_code”"),
                e.message(Language.DUTCH));
    }

    @Test
    void anOldCodeNoRegionAndNoBoundariesKnowIsNamedWithItsLine() throws Exception {
        Atlas in2024 = Herindeling2025.atlas2024();
        Path csv = Files.writeString(dir.resolve("herindeling.csv"), "GM9998;GM0047\n");
        Reorganisation r = Reorganisation.fromCsv(csv);
        assertEquals(List.of(), r.stale(in2024), "it changes no membership");
        assertEquals(Map.of("GM9998", 1), r.unknownOldCodes(in2024));
    }

    @Test
    void onlyTheOldCodesThatChangeNothingAreNamedNotAChainsMiddleNorAMunicipalityOfTheBoundaries() throws Exception {
        Path csv = Files.writeString(dir.resolve("herindeling.csv"),
                "oud;nieuw\nGM1773;GM1999\nGM9998;GM0150\nGM1999;GM0150\nGM0150;GM0164\nGM9997;GM0164\n");
        Reorganisation r = Reorganisation.fromCsv(csv);
        assertEquals(List.of("GM9998", "GM9997"), List.copyOf(r.unknownOldCodes(atlas).keySet()));
        assertEquals(List.of(3, 6), List.copyOf(r.unknownOldCodes(atlas).values()), "each with the line naming it");
        assertEquals(HENGELO, r.stale(atlas).get(0).newCode(), "the others are of use");
    }

    @Test
    void aNewerEditionProposesTheMunicipalityThatCoversTheOldOne() throws Exception {
        // Deventer absorbs Olst-Wijhe: one new square twice as wide under a new code.
        List<Municipality> newer = new ArrayList<>();
        for (Municipality m : atlas.municipalities().values()) {
            if (!m.code().equals(OLST_WIJHE) && !m.code().equals(DEVENTER)) {
                newer.add(m);
            }
        }
        newer.add(new Municipality("GM1999", "Groot-Deventer", "Overijssel",
                new WKTReader().read("POLYGON ((200000 490000, 220000 490000, 220000 500000, 200000 500000, 200000 490000))"),
                null));
        Reorganisation r = Reorganisation.fromEdition(atlas, newer);
        assertEquals(Map.of(OLST_WIJHE, "GM1999", DEVENTER, "GM1999"), r.successors());

        Atlas after = r.edit(atlas).apply(atlas);
        assertEquals(Set.of(ZWOLLE, RAALTE, "GM1999"), after.region("oost-nederland").orElseThrow().memberCodes());
        assertTrue(after.municipality("GM1999").isPresent(), "the atlas took up the newer edition");
        assertTrue(after.municipality(OLST_WIJHE).isEmpty());
    }

    @Test
    void aCodeWithoutSuccessorIsListedWithoutProposal() throws Exception {
        Path csv = dir.resolve("herindeling.csv");
        Files.writeString(csv, "GM1773;GM9998\n");
        Reorganisation.Stale s = Reorganisation.fromCsv(csv).stale(atlas).get(0);
        assertEquals(OLST_WIJHE, s.oldCode());
        assertNull(s.newCode());
    }

    @Test
    void aSuccessorThatMergedAgainLeadsToTheLastOne() throws Exception {
        Path csv = dir.resolve("herindeling.csv");
        Files.writeString(csv, "oude_code;nieuwe_code\nGM1773;GM0150\nGM0150;GM0164\n");
        Reorganisation r = Reorganisation.fromCsv(csv);
        assertEquals(List.of(new Reorganisation.Stale("oost-nederland", "Oost-Nederland", OLST_WIJHE, "Olst-Wijhe",
                HENGELO, "Hengelo (O.)", null, true)), r.stale(atlas));

        Atlas after = r.edit(atlas, Map.of(), true).apply(atlas);
        assertEquals(Set.of(ZWOLLE, RAALTE, HENGELO), after.region("oost-nederland").orElseThrow().memberCodes());
    }

    @Test
    void aSuccessorTheLoadedBoundariesNeverHadIsPassedThroughToTheOneTheyHave() throws Exception {
        Path csv = dir.resolve("herindeling.csv");
        Files.writeString(csv, "GM1773;GM1999\nGM1999;GM0150\n");
        assertEquals(DEVENTER, Reorganisation.fromCsv(csv).stale(atlas).get(0).newCode());
    }

    @Test
    void aCodeListGoingRoundInACircleIsRefusedAtTheLineThatClosesIt() throws Exception {
        Path csv = dir.resolve("herindeling.csv");
        Files.writeString(csv, "GM1773;GM0150\nGM0193;GM0177\nGM0150;GM1773\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> Reorganisation.fromCsv(csv));
        assertEquals(csv + ", regel 3: de opvolgers lopen in een kring: GM0150 → GM1773 → GM0150",
                e.message(Language.DUTCH));
    }

    @Test
    void aCodeListSavedByExcelInWindows1252IsNamedAsNotUtf8AtItsLine() throws Exception {
        Path csv = dir.resolve("herindeling.csv");
        Files.write(csv, "oude_code;nieuwe_code;toelichting\nGM1773;GM0150;zoals Súdwest-Fryslân\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        DataLoadException e = assertThrows(DataLoadException.class, () -> Reorganisation.fromCsv(csv));
        assertEquals(csv + ", regel 2, kolom 22: de tekst is geen geldige UTF-8; sla het bestand op als ‘CSV UTF-8’",
                e.message(Language.DUTCH));
        assertEquals(csv + ", line 2, column 22: the text is not valid UTF-8; save the file as ‘CSV UTF-8’",
                e.message(Language.ENGLISH));
    }

    /**
     * The 2027 boundaries: Olst-Wijhe and Deventer merged into Deventer-Olst, and Raalte split into three
     * parts of which none covers half of it (Raalte-West a quarter, Heino 40 %, Raalte-Oost 35 %).
     */
    private List<Municipality> raalteSplit() throws Exception {
        List<Municipality> newer = new ArrayList<>(atlas.municipalities().values());
        newer.removeIf(m -> Set.of(OLST_WIJHE, DEVENTER, RAALTE).contains(m.code()));
        newer.add(municipality("GM1990", "Deventer-Olst", 200000, 220000, 490000, 500000));
        newer.add(municipality("GM1991", "Raalte-West", 210000, 212500, 500000, 510000));
        newer.add(municipality("GM1992", "Heino", 212500, 216500, 500000, 510000));
        newer.add(municipality("GM1993", "Raalte-Oost", 216500, 220000, 500000, 510000));
        return newer;
    }

    private static Municipality municipality(String code, String name, int x0, int x1, int y0, int y1)
            throws Exception {
        return new Municipality(code, name, "Overijssel", new WKTReader().read(String.format(
                "POLYGON ((%d %d, %d %d, %d %d, %d %d, %d %d))", x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)), null);
    }

    @Test
    void aSplitMunicipalityBlocksTheNewBoundariesUntilTheEditorChoosesItsSuccessor() throws Exception {
        Reorganisation r = Reorganisation.fromEdition(atlas, raalteSplit());
        assertEquals(Map.of(OLST_WIJHE, "GM1990", DEVENTER, "GM1990"), r.successors(), "Raalte has no majority part");
        assertEquals(Set.of(RAALTE), r.unresolved(atlas, Map.of()));

        EditException refused = assertThrows(EditException.class, () -> r.edit(atlas),
                "switching to boundaries without GM0177 would leave Oost-Nederland with a code no file load accepts");
        assertEquals(EditProblem.SUCCESSOR_MISSING, refused.problem());
        assertEquals("Raalte (GM0177) in Oost-Nederland heeft geen opvolger in de nieuwe gemeentegrenzen; kies er een",
                refused.description().format(Description.Formatter.of(
                        Language.bundle("editor", Language.DUTCH)::getString, Language.DUTCH)));

        List<String> candidates = r.candidates(atlas, RAALTE).stream().map(Municipality::name).toList();
        assertEquals(List.of("Heino", "Raalte-Oost", "Raalte-West"), candidates.subList(0, 3), "the parts, largest first");
        assertEquals(List.of("Alkmaar", "Amersfoort", "Apeldoorn"), candidates.subList(3, 6), "then all others");
        assertEquals(raalteSplit().size(), candidates.size());
        assertEquals(Set.of(), r.unresolved(atlas, Map.of(RAALTE, "GM1992")));
        Atlas after = r.edit(atlas, Map.of(RAALTE, "GM1992"), false).apply(atlas);
        assertEquals(Set.of(ZWOLLE, "GM1992", "GM1990"), after.region("oost-nederland").orElseThrow().memberCodes());
        assertEquals("Gewijzigd in de atlas zonder opgegeven reden; Gemeentelijke herindeling: Raalte (GM0177)"
                + " opgedeeld, met als opvolger Heino (GM1992); Olst-Wijhe (GM1773) opgegaan in Deventer-Olst (GM1990)",
                after.region("oost-nederland").orElseThrow().corrections().get(0).reason(),
                "Olst-Wijhe's addition, then the herindeling, in which a split is no merger");
        for (var region : after.regions()) {
            for (String code : region.memberCodes()) {
                assertTrue(after.municipality(code).isPresent(), code + " in " + region.displayName());
            }
        }
    }

    @Test
    void aChosenSuccessorMustBeInTheNewBoundaries() throws Exception {
        Reorganisation r = Reorganisation.fromEdition(atlas, raalteSplit());
        EditException e = assertThrows(EditException.class, () -> r.edit(atlas, Map.of(RAALTE, RAALTE), false));
        assertEquals(EditProblem.NO_SUCH_MUNICIPALITY, e.problem());
    }

    @Test
    void aCodeListLeavesTheBoundariesAsTheyAreSoItNeedsNoChoice() throws Exception {
        Path csv = dir.resolve("herindeling.csv");
        Files.writeString(csv, "GM1773;GM0150\nGM0177;GM1999\n");
        Reorganisation r = Reorganisation.fromCsv(csv);
        assertEquals(Set.of(), r.unresolved(atlas, Map.of()), "Raalte stays a municipality of the loaded edition");
        assertEquals(Set.of(ZWOLLE, RAALTE, DEVENTER),
                r.edit(atlas, Map.of(), true).apply(atlas).region("oost-nederland").orElseThrow().memberCodes());
    }

    @Test
    void aCodeTableLeavesMunicipalitiesTheLoadedBoundariesStillHaveInTheirRegionsUnlessTheEditorGoesAhead()
            throws Exception {
        // As Dalfsen "into" Hardenberg and Hardenberg "into" Ommen: Raalte and Olst-Wijhe both still exist.
        Path csv = dir.resolve("herindeling.csv");
        Files.writeString(csv, "GM0177;GM1773\nGM1773;GM0150\n");
        Reorganisation r = Reorganisation.fromCsv(csv);

        List<Reorganisation.Stale> stale = r.stale(atlas);
        assertEquals(List.of(RAALTE, OLST_WIJHE), stale.stream().map(Reorganisation.Stale::oldCode).toList());
        assertTrue(stale.stream().allMatch(Reorganisation.Stale::stillInBoundaries));
        assertTrue(stale.stream().noneMatch(Reorganisation.Stale::proposed));
        EditException refused = assertThrows(EditException.class, () -> r.edit(atlas),
                "no gap where Raalte and Olst-Wijhe still lie");
        assertEquals(EditProblem.NOTHING_TO_REORGANISE, refused.problem());
        assertEquals(Set.of(ZWOLLE, RAALTE, OLST_WIJHE), atlas.region("oost-nederland").orElseThrow().memberCodes());
    }

    @Test
    void aCodeTableFillsInCodesTheLoadedBoundariesNoLongerHave() throws Exception {
        // Data kept with its codes (as the validator loads it) beside boundaries where Olst-Wijhe merged.
        List<nl.onderwijsregio.atlas.core.model.Municipality> merged = new ArrayList<>(atlas.municipalities().values());
        merged.removeIf(m -> m.code().equals(OLST_WIJHE));
        Atlas newerBoundaries = new Atlas(merged, atlas.basemap(), atlas.data());
        Path csv = dir.resolve("herindeling.csv");
        Files.writeString(csv, "GM1773;GM0150\n");
        Reorganisation r = Reorganisation.fromCsv(csv);

        assertTrue(r.stale(newerBoundaries).get(0).proposed());
        assertEquals(Set.of(ZWOLLE, RAALTE, DEVENTER), r.edit(newerBoundaries).apply(newerBoundaries)
                .region("oost-nederland").orElseThrow().memberCodes());
    }
}
