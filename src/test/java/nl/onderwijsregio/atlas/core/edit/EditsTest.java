package nl.onderwijsregio.atlas.core.edit;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.APELDOORN;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.HENGELO;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.OLST_WIJHE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.RAALTE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.ZWOLLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import nl.onderwijsregio.atlas.core.text.Language;
import nl.onderwijsregio.atlas.core.model.AbcsLetter;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

class EditsTest {

    private static final Map<String, String> DUTCH = Map.ofEntries(
            Map.entry("editor.step.addMember", "{0} toevoegen aan {1}"),
            Map.entry("editor.step.addMembers", "{0} gemeenten toevoegen aan {1}"),
            Map.entry("editor.step.removeMember", "{0} verwijderen uit {1}"),
            Map.entry("editor.step.keyFigure", "{0} van {1} wijzigen"),
            Map.entry("editor.figure.leerlingenStudenten", "Leerlingen/studenten"));

    private final Atlas atlas = EditFixture.atlas();

    static String dutch(Edit e) {
        return e.description().format(Description.Formatter.of(DUTCH::get, Locale.forLanguageTag("nl")));
    }

    private static Region oost(Atlas a) {
        return a.region("oost-nederland").orElseThrow();
    }

    @Test
    void addingDeventerToOostNederlandIsNamedForTheMenu() {
        Edit e = Edits.addMembers(atlas, "oost-nederland", List.of(DEVENTER), null);
        Atlas after = e.apply(atlas);
        assertEquals("Deventer toevoegen aan Oost-Nederland", dutch(e));
        assertEquals(List.of(ZWOLLE, RAALTE, DEVENTER), List.copyOf(oost(after).memberCodes()));
        assertEquals(List.of(ZWOLLE, RAALTE), List.copyOf(oost(atlas).memberCodes()), "the old snapshot is untouched");
    }

    @Test
    void aStrokeStartingOnANonMemberAddsEveryTouchedNonMember() {
        Edit e = Edits.stroke(atlas, "oost-nederland", List.of(DEVENTER, RAALTE, OLST_WIJHE), null);
        assertEquals("2 gemeenten toevoegen aan Oost-Nederland", dutch(e));
        assertEquals(Set.of(ZWOLLE, RAALTE, DEVENTER, OLST_WIJHE), oost(e.apply(atlas)).memberCodes());
    }

    @Test
    void aStrokeStartingOnAMemberRemovesTouchedMembers() {
        Edit e = Edits.stroke(atlas, "oost-nederland", List.of(RAALTE, DEVENTER), null);
        assertEquals("Raalte verwijderen uit Oost-Nederland", dutch(e));
        assertEquals(Set.of(ZWOLLE), oost(e.apply(atlas)).memberCodes());
    }

    @Test
    void aReasonIsStoredAsACorrection() {
        Edit e = Edits.addMembers(atlas, "oost-nederland", List.of(DEVENTER), "Deventer sloot zich in 2025 aan");
        Region after = oost(e.apply(atlas));
        assertEquals(List.of(new Correction("members", "GM0193,GM0177", "GM0193,GM0177,GM0150",
                "Deventer sloot zich in 2025 aan")), after.corrections());
    }

    @Test
    void withoutAReasonTheDeviationFromThePrintedListIsStillRecorded() {
        Region after = oost(Edits.addMembers(atlas, "oost-nederland", List.of(DEVENTER), "  ").apply(atlas));
        assertEquals(List.of(new Correction("members", "GM0193,GM0177", "GM0193,GM0177,GM0150", RegionEdit.NO_REASON)),
                after.corrections(), "a member the publication did not print is never silent");
    }

    @Test
    void anUnknownMunicipalityIsRefusedWithItsCode() {
        EditException e = assertThrows(EditException.class,
                () -> Edits.addMembers(atlas, "oost-nederland", List.of("GM9999"), null));
        assertEquals(EditProblem.NO_SUCH_MUNICIPALITY, e.problem());
        assertEquals(List.of("GM9999"), e.description().args());
    }

    @Test
    void everyRefusalIsWordedInDutchAndEnglish() {
        for (java.util.Locale language : List.of(Language.DUTCH, Language.ENGLISH)) {
            java.util.ResourceBundle editor = Language.bundle("editor", language);
            for (EditProblem p : EditProblem.values()) {
                assertTrue(editor.containsKey(p.key()), p.key() + " in " + language);
            }
        }
    }

    @Test
    void createdRegionsGetAUniqueIdFromTheirName() {
        // The id oost-nederland stays with the renamed region, so the name is free but its id is not.
        Atlas renamed = Edits.rename(atlas, "oost-nederland", "Salland en Stedendriehoek", null).apply(atlas);
        Atlas a = Edits.createRegion(renamed, "Oost-Nederland", Set.of(Sector.MBO)).apply(renamed);
        Region created = a.regions().get(a.regions().size() - 1);
        assertEquals("oost-nederland-2", created.id());
        assertEquals(Set.of(Sector.MBO), created.sectors());
        assertTrue(created.members().isEmpty());
    }

    @Test
    void aNewRegionMayNotTakeTheNameOfAnotherWhateverItsCaseAccentsOrHyphens() {
        for (String same : List.of("Oost-Nederland", "oost-nederland", " Oost-Nédérland ", "Oost Nederland")) {
            EditException refused = assertThrows(EditException.class,
                    () -> Edits.createRegion(atlas, same, Set.of(Sector.MBO)), same);
            assertEquals(EditProblem.REGION_NAME_TAKEN, refused.problem());
            assertEquals("Niet uitgevoerd: er is al een regio met de naam „Oost-Nederland”",
                    dutch("editor.refused", refused.description()));
        }
        assertEquals(3, atlas.regions().size(), "no second Oost-Nederland in the legend");
    }

    @Test
    void aRegionMayNotBeRenamedToTheNameOfAnotherButMayChangeTheCaseOfItsOwn() {
        EditException refused = assertThrows(EditException.class,
                () -> Edits.rename(atlas, "noord-limburg", "OOST-NEDERLAND", "Samengevoegd"));
        assertEquals("Not done: there is already a region called “Oost-Nederland”",
                english("editor.refused", refused.description()));

        Atlas a = Edits.rename(atlas, "oost-nederland", "Oost-nederland", null).apply(atlas);
        assertEquals("Oost-nederland", oost(a).displayName());
    }

    private static String dutch(String key, Description what) {
        return worded(key, what, Language.DUTCH);
    }

    private static String english(String key, Description what) {
        return worded(key, what, Language.ENGLISH);
    }

    private static String worded(String key, Description what, Locale language) {
        return Description.of(key, what).format(Description.Formatter.of(
                Language.bundle("editor", language)::getString, language));
    }

    @Test
    void deletingRemovesTheRegion() {
        Atlas a = Edits.deleteRegion(atlas, "noord-limburg", null).apply(atlas);
        assertTrue(a.region("noord-limburg").isEmpty());
        assertEquals(2, a.regions().size());
    }

    @Test
    void renameSectorsScopeAndVoorloper() {
        Atlas a = Edits.rename(atlas, "oost-nederland", "Regio Stedendriehoek", null).apply(atlas);
        a = Edits.setSectors(a, "oost-nederland", Set.of(Sector.MBO), null).apply(a);
        a = Edits.setScope(a, "oost-nederland", Scope.NATIONAL, null).apply(a);
        a = Edits.setVoorloper(a, "oost-nederland", true, "sinds 2023", null).apply(a);
        Region r = oost(a);
        assertEquals("Regio Stedendriehoek", r.displayName());
        assertEquals(Set.of(Sector.MBO), r.sectors());
        assertEquals(Scope.NATIONAL, r.scope());
        assertTrue(r.voorloper());
        assertEquals("sinds 2023", r.voorloperNote());
    }

    @Test
    void aCorrectedKeyFigureIsRecordedUnderItsOwnName() {
        Atlas a = Edits.setKeyFigure(atlas, "noord-limburg", KeyFigure.OPLEIDERS, 4L, "Fontys Venlo kwam erbij")
                .apply(atlas);
        Correction c = a.region("noord-limburg").orElseThrow().corrections().get(0);
        assertEquals(new Correction("keyFigures.opleiders", "", "4", "Fontys Venlo kwam erbij"), c);
        assertEquals(java.util.Optional.of(KeyFigure.OPLEIDERS), c.figure());
        assertEquals(java.util.Optional.empty(), new Correction("keyFigures", "1", "2", "oud bestand").figure(),
                "a file from before per-figure fields does not say which figure");
    }

    @Test
    void keyFiguresAreWholeNumbersOrUnknown() {
        Edit set = Edits.setKeyFigure(atlas, "oost-nederland", KeyFigure.LEERLINGEN_STUDENTEN, 58_632L, null);
        assertEquals("Leerlingen/studenten van Oost-Nederland wijzigen", dutch(set));
        Atlas a = set.apply(atlas);
        assertEquals(OptionalLong.of(58_632), oost(a).keyFigures().get(KeyFigure.LEERLINGEN_STUDENTEN));
        a = Edits.setKeyFigure(a, "oost-nederland", KeyFigure.LEERLINGEN_STUDENTEN, null, null).apply(a);
        assertFalse(oost(a).keyFigures().isPresent(KeyFigure.LEERLINGEN_STUDENTEN));
        assertThrows(EditException.class,
                () -> Edits.setKeyFigure(atlas, "oost-nederland", KeyFigure.OPLEIDERS, -1L, null));
    }

    @Test
    void casesAreAddedReplacedAndRemoved() {
        CaseStory story = new CaseStory("oost-invalpool", "Invalpool Oost", List.of(AbcsLetter.C), "invalpools",
                "Een gedeelde pool van invallers.", "Regionale samenwerking werkt, p. 12");
        Atlas a = Edits.putCase(atlas, "oost-nederland", story, null).apply(atlas);
        CaseStory edited = new CaseStory("oost-invalpool", "Invalpool Oost-Nederland", List.of(AbcsLetter.C, AbcsLetter.S),
                "invalpools", "Een gedeelde pool.", "p. 12");
        a = Edits.putCase(a, "oost-nederland", edited, null).apply(a);
        assertEquals(List.of(edited), oost(a).cases());
        a = Edits.removeCase(a, "oost-nederland", "oost-invalpool", null).apply(a);
        assertTrue(oost(a).cases().isEmpty());
    }

    @Test
    void successorCodesReplaceOldCodesAndMergeDuplicates() {
        Atlas a = Edits.addMembers(atlas, "oost-nederland", List.of(DEVENTER), null).apply(atlas);
        Atlas after = SuccessorEdits.replaceCodes(a, Map.of(RAALTE, APELDOORN, DEVENTER, APELDOORN), null).apply(a);
        assertEquals(List.of(ZWOLLE, APELDOORN), List.copyOf(oost(after).memberCodes()));
        assertEquals(2, oost(after).members().size());
    }

    @Test
    void aMunicipalityMergedTwiceEndsAtItsLastSuccessor() {
        // Olst-Wijhe went to Deventer, and Deventer in turn to Hengelo (O.).
        Atlas a = Edits.addMembers(atlas, "oost-nederland", List.of(OLST_WIJHE), null).apply(atlas);
        Atlas after = SuccessorEdits.replaceCodes(a, Map.of(OLST_WIJHE, DEVENTER, DEVENTER, HENGELO), null).apply(a);
        assertEquals(List.of(ZWOLLE, RAALTE, HENGELO), List.copyOf(oost(after).memberCodes()));
    }

    @Test
    void successorsGoingRoundInACircleAreRefusedNotFollowedForever() {
        Atlas a = Edits.addMembers(atlas, "oost-nederland", List.of(OLST_WIJHE), null).apply(atlas);
        EditException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> assertThrows(
                EditException.class, () -> SuccessorEdits.replaceCodes(a, Map.of(OLST_WIJHE, DEVENTER, DEVENTER, OLST_WIJHE), null)));
        assertEquals(EditProblem.SUCCESSORS_IN_A_CIRCLE, e.problem());
    }
}
