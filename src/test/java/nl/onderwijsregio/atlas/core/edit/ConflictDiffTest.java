package nl.onderwijsregio.atlas.core.edit;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.BERGEN_NH;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A refused save tells the editor's own changes from the colleague's, against the version both started from,
 * and keeps "conflict" for what both changed.
 */
class ConflictDiffTest {

    private final Atlas base = EditFixture.atlas();
    private final Function<String, String> names =
            code -> base.municipality(code).map(Municipality::name).orElse(code);

    @Test
    void deventerAddedByTheEditorAndBergenByTheColleagueAreEachTheirsNoConflict() {
        RegionData mine = apply(Edits.addMembers(base, "oost-nederland", List.of(DEVENTER), null));
        RegionData onDisk = apply(Edits.addMembers(base, "noord-holland-noord", List.of(BERGEN_NH), null));

        ConflictDiff.Sorted sorted = ConflictDiff.of(base.data(), mine, onDisk, names);

        assertEquals(List.of("Oost-Nederland: Deventer (GM0150) toegevoegd"), dutch(sorted.own()));
        assertEquals(List.of("Noord-Holland Noord: Bergen (NH.) (GM0373) toegevoegd"), dutch(sorted.theirs()));
        assertEquals(List.of(), sorted.both());
        assertEquals(List.of("Oost-Nederland: Deventer (GM0150) added"), worded(sorted.own(), Language.ENGLISH));
    }

    @Test
    void pupilsOfOostNederlandSetDifferentlyOnBothSidesAreTheOneConflict() {
        Atlas withDeventer = Edits.addMembers(base, "oost-nederland", List.of(DEVENTER), null).apply(base);
        RegionData mine = Edits.setKeyFigure(withDeventer, "oost-nederland", KeyFigure.LEERLINGEN_STUDENTEN, 58_632L,
                null).apply(withDeventer).data();
        RegionData onDisk = apply(Edits.setKeyFigure(base, "oost-nederland", KeyFigure.LEERLINGEN_STUDENTEN, 60_000L,
                null));

        ConflictDiff.Sorted sorted = ConflictDiff.of(base.data(), mine, onDisk, names);

        assertEquals(List.of("Oost-Nederland: Deventer (GM0150) toegevoegd"), dutch(sorted.own()));
        assertEquals(List.of(), sorted.theirs());
        assertEquals(List.of("Oost-Nederland: Leerlingen en studenten — Uw versie: 58.632 / Versie op schijf: 60.000"),
                dutch(sorted.both()));
        assertEquals(List.of("Oost-Nederland: Pupils and students — Your version: 58,632 / Version on disk: 60,000"),
                worded(sorted.both(), Language.ENGLISH));
    }

    @Test
    void pupilsOfOostNederlandChangedByTheColleagueAreGroupedAsTheReadersLanguageWritesNumbers() {
        RegionData onDisk = apply(Edits.setKeyFigure(base, "oost-nederland", KeyFigure.LEERLINGEN_STUDENTEN, 70_781L,
                null));
        RegionData before = apply(Edits.setKeyFigure(base, "oost-nederland", KeyFigure.LEERLINGEN_STUDENTEN, 70_780L,
                null));

        ConflictDiff.Sorted sorted = ConflictDiff.of(before, before, onDisk, names);

        assertEquals(List.of("Oost-Nederland: Pupils and students 70,780 → 70,781"), worded(sorted.theirs(), Language.ENGLISH));
        assertEquals(List.of("Oost-Nederland: Leerlingen en studenten 70.780 → 70.781"), dutch(sorted.theirs()));
    }

    @Test
    void deventerAddedOnBothSidesIsNoDifferenceAtAll() {
        RegionData both = apply(Edits.addMembers(base, "oost-nederland", List.of(DEVENTER), null));

        assertEquals(new ConflictDiff.Sorted(List.of(), List.of(), List.of()),
                ConflictDiff.of(base.data(), both, both, names));
    }

    @Test
    void deventerAddedToOostNederlandWhichTheColleagueRemovedIsAConflictNotTheirsAlone() {
        RegionData mine = apply(Edits.addMembers(base, "oost-nederland", List.of(DEVENTER), null));
        RegionData onDisk = apply(Edits.deleteRegion(base, "oost-nederland", null));

        ConflictDiff.Sorted sorted = ConflictDiff.of(base.data(), mine, onDisk, names);

        assertEquals(List.of(), sorted.own());
        assertEquals(List.of(), sorted.theirs());
        assertEquals(List.of("Regio „Oost-Nederland” — Uw versie: aanwezig / Versie op schijf: ontbreekt"),
                dutch(sorted.both()));
    }

    @Test
    void twenteCreatedByTheEditorIsOneOwnChange() {
        RegionData mine = apply(Edits.createRegion(base, "Twente", java.util.Set.of()));

        ConflictDiff.Sorted sorted = ConflictDiff.of(base.data(), mine, base.data(), names);

        assertEquals(List.of("Regio „Twente” toegevoegd (0 gemeenten)"), dutch(sorted.own()));
    }

    private RegionData apply(Edit edit) {
        return edit.apply(base).data();
    }

    private static List<String> dutch(List<RegionDiff.Line> lines) {
        return worded(lines, Language.DUTCH);
    }

    private static List<String> worded(List<RegionDiff.Line> lines, Locale language) {
        Description.Formatter format = Description.Formatter.of(Language.bundle("editor", language)::getString, language);
        return lines.stream().map(l -> l.text().format(format)).toList();
    }
}
