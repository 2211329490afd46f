package nl.onderwijsregio.atlas.core.edit;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.OLST_WIJHE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.RAALTE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.ZWOLLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.KeyFigures;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.text.Language;
import org.junit.jupiter.api.Test;

/**
 * An editor's unsaved changes and a colleague's, saved meanwhile, kept both when they touch different things, and
 * the things both changed named when they do not.
 */
class ThreeWayMergeTest {

    private static final KeyFigure LEERLINGEN = KeyFigure.LEERLINGEN_STUDENTEN;

    /** Zwolle en omgeving (Zwolle, Raalte) and Amsterdam, both from the publication, with their pupils counted. */
    private final Atlas base = EditFixture.atlas().withData(EditFixture.atlas().data().withRegions(List.of(
            counted(EditFixture.region("zwolle-en-omgeving", "Zwolle en omgeving", ZWOLLE, RAALTE), 58_000L),
            counted(EditFixture.region("amsterdam", "Amsterdam"), 120_000L))));
    private final Function<String, String> names =
            code -> base.municipality(code).map(Municipality::name).orElse(code);

    @Test
    void zwollesPupilsSetByTheEditorAndAmsterdamsByTheColleagueAreBothKept() {
        RegionData mine = apply(Edits.setKeyFigure(base, "zwolle-en-omgeving", LEERLINGEN, 58_632L, "Telling 2025"));
        RegionData theirs = apply(Edits.setKeyFigure(base, "amsterdam", LEERLINGEN, 121_000L, "Telling 2025 Amsterdam"));

        ThreeWayMerge.Result result = ThreeWayMerge.of(base.data(), mine, theirs, names);

        assertEquals(List.of(), result.clashes());
        RegionData merged = result.data().orElseThrow();
        assertEquals(58_632L, figure(merged, "zwolle-en-omgeving"));
        assertEquals(121_000L, figure(merged, "amsterdam"));
        assertEquals(List.of(new Correction("keyFigures.leerlingenStudenten", "58000", "58632", "Telling 2025")),
                region(merged, "zwolle-en-omgeving").corrections(), "each correction stays with its figure");
        assertEquals(List.of(new Correction("keyFigures.leerlingenStudenten", "120000", "121000",
                "Telling 2025 Amsterdam")), region(merged, "amsterdam").corrections());
    }

    @Test
    void zwollesPupilsSetDifferentlyByBothIsTheClashNamedAndNothingIsMerged() {
        RegionData mine = apply(Edits.setKeyFigure(base, "zwolle-en-omgeving", LEERLINGEN, 58_632L, null));
        RegionData theirs = apply(Edits.setKeyFigure(base, "zwolle-en-omgeving", LEERLINGEN, 60_000L, null));

        ThreeWayMerge.Result result = ThreeWayMerge.of(base.data(), mine, theirs, names);

        assertTrue(result.data().isEmpty(), "no merge of the rest when one thing clashes");
        assertEquals(List.of("Zwolle en omgeving: Leerlingen en studenten — Uw versie: 58.632 / Versie op schijf: 60.000"),
                worded(result.clashes(), Language.DUTCH));
        assertTrue(ThreeWayMerge.data(base.data(), mine, theirs).isEmpty());
    }

    @Test
    void zwollesPupilsSetAlikeByBothAreTakenOnceWithBothReasons() {
        RegionData mine = apply(Edits.setKeyFigure(base, "zwolle-en-omgeving", LEERLINGEN, 58_632L, "Telling 2025"));
        RegionData theirs = apply(Edits.setKeyFigure(base, "zwolle-en-omgeving", LEERLINGEN, 58_632L, "DUO-cijfers"));

        RegionData merged = ThreeWayMerge.of(base.data(), mine, theirs, names).data().orElseThrow();

        assertEquals(List.of(new Correction("keyFigures.leerlingenStudenten", "58000", "58632",
                "DUO-cijfers; Telling 2025")), region(merged, "zwolle-en-omgeving").corrections(),
                "the colleague's reason first, as it was saved first");
    }

    @Test
    void deventerAddedByTheEditorAndOlstWijheByTheColleagueMakeOneMemberCorrectionWithBothReasons() {
        RegionData mine = apply(Edits.addMembers(base, "zwolle-en-omgeving", List.of(DEVENTER), "Besluit A"));
        RegionData theirs = apply(Edits.addMembers(base, "zwolle-en-omgeving", List.of(OLST_WIJHE), "Besluit B"));

        RegionData merged = ThreeWayMerge.of(base.data(), mine, theirs, names).data().orElseThrow();

        Region zwolle = region(merged, "zwolle-en-omgeving");
        assertEquals(List.of(ZWOLLE, RAALTE, OLST_WIJHE, DEVENTER), List.copyOf(zwolle.memberCodes()),
                "the colleague's list, then the editor's addition");
        assertEquals(List.of(new Correction("members", "GM0193,GM0177", "GM0193,GM0177,GM1773,GM0150",
                "Besluit B; Besluit A")), zwolle.corrections(), "one correction of the list, as the editor keeps one");
    }

    @Test
    void deventerAddedByTheEditorAndRaalteRemovedByTheColleagueAreBothDone() {
        RegionData mine = apply(Edits.addMembers(base, "zwolle-en-omgeving", List.of(DEVENTER), null));
        RegionData theirs = apply(Edits.removeMembers(base, "zwolle-en-omgeving", List.of(RAALTE), null));

        RegionData merged = ThreeWayMerge.of(base.data(), mine, theirs, names).data().orElseThrow();

        assertEquals(Set.of(ZWOLLE, DEVENTER), region(merged, "zwolle-en-omgeving").memberCodes());
    }

    @Test
    void amsterdamChangedByTheEditorButDeletedByTheColleagueIsAClash() {
        RegionData mine = apply(Edits.setKeyFigure(base, "amsterdam", LEERLINGEN, 121_000L, null));
        RegionData theirs = apply(Edits.deleteRegion(base, "amsterdam", null));

        ThreeWayMerge.Result result = ThreeWayMerge.of(base.data(), mine, theirs, names);

        assertEquals(List.of("Regio „Amsterdam” — Uw versie: aanwezig / Versie op schijf: ontbreekt"),
                worded(result.clashes(), Language.DUTCH));
    }

    @Test
    void amsterdamDeletedByTheEditorIsGoneAndZwollesRenameByTheColleagueStays() {
        RegionData mine = apply(Edits.deleteRegion(base, "amsterdam", null));
        RegionData theirs = apply(Edits.rename(base, "zwolle-en-omgeving", "Regio Zwolle", null));

        RegionData merged = ThreeWayMerge.of(base.data(), mine, theirs, names).data().orElseThrow();

        assertEquals(List.of("Regio Zwolle"), merged.regions().stream().map(Region::displayName).toList());
    }

    @Test
    void aRegionTheEditorMadeComesAfterTheOneItFollowedAndOneTheColleagueMadeStaysWhereTheyPutIt() {
        RegionData mine = apply(Edits.createRegion(base, "Twente", Set.of()));
        RegionData theirs = apply(Edits.createRegion(base, "Achterhoek", Set.of()));

        RegionData merged = ThreeWayMerge.of(base.data(), mine, theirs, names).data().orElseThrow();

        assertEquals(List.of("Zwolle en omgeving", "Amsterdam", "Twente", "Achterhoek"),
                merged.regions().stream().map(Region::displayName).toList());
    }

    @Test
    void twoRegionsEachMadeByOneSideUnderOneNameAreAClash() {
        RegionData mine = apply(Edits.createRegion(base, "Twente", Set.of()));
        RegionData theirs = apply(Edits.rename(base, "amsterdam", "Twente", null));

        ThreeWayMerge.Result result = ThreeWayMerge.of(base.data(), mine, theirs, names);

        assertEquals(List.of("Twee regio’s zouden „Twente” heten: u en de ander gaven elk een andere regio die naam"),
                worded(result.clashes(), Language.DUTCH));
        assertEquals(List.of("Two regions would be called “Twente”: you and they each gave that name to another region"),
                worded(result.clashes(), Language.ENGLISH));
    }

    @Test
    void aVoorloperNoteWrittenDifferentlyByBothIsAClashThoughBothMadeZwolleAVoorloper() {
        RegionData mine = apply(Edits.setVoorloper(base, "zwolle-en-omgeving", true, "Sinds 2024", null));
        RegionData theirs = apply(Edits.setVoorloper(base, "zwolle-en-omgeving", true, "Vanaf januari", null));

        ThreeWayMerge.Result result = ThreeWayMerge.of(base.data(), mine, theirs, names);

        assertEquals(List.of("Zwolle en omgeving: toelichting bij voorloper — door u én de ander gewijzigd, elk anders"),
                worded(result.clashes(), Language.DUTCH));
    }

    @Test
    void aPracticeExampleAddedByEachSideToZwolleKeepsBoth() {
        var invalpool = new nl.onderwijsregio.atlas.core.model.CaseStory("zwolle-invalpool", "Invalpool Zwolle",
                List.of(), "invalpools", "Scholen delen een pool van invallers.", "eigen tekst");
        var zijInstroom = new nl.onderwijsregio.atlas.core.model.CaseStory("zwolle-zij-instroom", "Zij-instroom Zwolle",
                List.of(), "zij-instroom", "Een traject voor zij-instromers.", "eigen tekst");
        RegionData mine = apply(Edits.putCase(base, "zwolle-en-omgeving", invalpool, null));
        RegionData theirs = apply(Edits.putCase(base, "zwolle-en-omgeving", zijInstroom, null));

        RegionData merged = ThreeWayMerge.of(base.data(), mine, theirs, names).data().orElseThrow();

        Region zwolle = region(merged, "zwolle-en-omgeving");
        assertEquals(List.of(zijInstroom, invalpool), zwolle.cases());
        assertEquals(List.of(new Correction("cases", "", "zwolle-zij-instroom,zwolle-invalpool",
                RegionEdit.NO_REASON)), zwolle.corrections());
    }

    private static Region counted(Region region, long pupils) {
        return region.withKeyFigures(KeyFigures.none().with(LEERLINGEN, pupils));
    }

    private RegionData apply(Edit edit) {
        return edit.apply(base).data();
    }

    private static Region region(RegionData data, String id) {
        return data.regions().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static long figure(RegionData data, String id) {
        return region(data, id).keyFigures().get(LEERLINGEN).getAsLong();
    }

    private static List<String> worded(List<RegionDiff.Line> lines, Locale language) {
        Description.Formatter format = Description.Formatter.of(Language.bundle("editor", language)::getString, language);
        return lines.stream().map(l -> l.text().format(format)).toList();
    }
}
