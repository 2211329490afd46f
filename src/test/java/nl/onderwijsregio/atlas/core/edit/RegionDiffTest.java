package nl.onderwijsregio.atlas.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.onderwijsregio.atlas.core.model.AbcsLetter;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.text.Language;
import org.junit.jupiter.api.Test;

/** A changed case is told by its title in the change log, the diff report and the save conflict alike. */
class RegionDiffTest {

    private static final CaseStory INVALPOOL = new CaseStory("twente-invalpool", "Invalpool Twente",
            List.of(AbcsLetter.C), "invalpools", "Scholen in Twente delen een pool van invallers.", "Publicatie 2024");

    private final Atlas withInvalpool = Edits.putCase(EditFixture.atlas(), "oost-nederland", INVALPOOL, null)
            .apply(EditFixture.atlas());

    @Test
    void aRewrittenCaseIsNamedByItsTitleNotCounted() {
        CaseStory rewritten = new CaseStory(INVALPOOL.id(), INVALPOOL.title(), INVALPOOL.abcs(), INVALPOOL.themeId(),
                "Scholen in Twente en de Achterhoek delen een pool van invallers.", INVALPOOL.source());
        RegionData after = put(rewritten);

        assertEquals(List.of("Oost-Nederland: praktijkvoorbeeld „Invalpool Twente” gewijzigd"), dutch(RegionDiff.between(
                withInvalpool.data(), after, c -> c)));
        assertEquals(List.of("Oost-Nederland: practice example “Invalpool Twente” changed"), english(RegionDiff.between(
                withInvalpool.data(), after, c -> c)));
        assertEquals(List.of("Oost-Nederland: praktijkvoorbeeld „Invalpool Twente” — Uw versie en de versie op schijf verschillen"
                + " in de tekst"), dutch(RegionDiff.versusDisk(withInvalpool.data(), after, c -> c)));
    }

    @Test
    void aRetitledCaseShowsItsOldAndNewTitle() {
        RegionData after = put(new CaseStory(INVALPOOL.id(), "Invalpool Twente-Achterhoek", INVALPOOL.abcs(),
                INVALPOOL.themeId(), INVALPOOL.summary(), INVALPOOL.source()));

        assertEquals(List.of("Oost-Nederland: praktijkvoorbeeld „Invalpool Twente” gewijzigd, heet nu „Invalpool Twente-Achterhoek”"),
                dutch(RegionDiff.between(withInvalpool.data(), after, c -> c)));
        assertEquals(List.of("Oost-Nederland: titel van een praktijkvoorbeeld — Uw versie: Invalpool Twente / Versie op schijf:"
                + " Invalpool Twente-Achterhoek"), dutch(RegionDiff.versusDisk(withInvalpool.data(), after, c -> c)));
    }

    @Test
    void anAddedAndARemovedCaseAreEachNamed() {
        RegionData none = EditFixture.atlas().data();

        assertEquals(List.of("Oost-Nederland: praktijkvoorbeeld „Invalpool Twente” toegevoegd"),
                dutch(RegionDiff.between(none, withInvalpool.data(), c -> c)));
        assertEquals(List.of("Oost-Nederland: praktijkvoorbeeld „Invalpool Twente” verwijderd"),
                dutch(RegionDiff.between(withInvalpool.data(), none, c -> c)));
        assertEquals(List.of("Oost-Nederland: praktijkvoorbeeld „Invalpool Twente” — Uw versie: ontbreekt / Versie op schijf:"
                + " aanwezig"), dutch(RegionDiff.versusDisk(none, withInvalpool.data(), c -> c)));
    }

    @Test
    void theDiffReportAgainstA2024FileNamesDissolvedMunicipalitiesAsPrintedThoughThe2025BoundariesLackThem() {
        Atlas in2024 = Herindeling2025.atlas2024();
        Atlas in2025 = Reorganisation.fromEdition(in2024, Herindeling2025.edition2025()).edit(in2024)
                .apply(in2024);
        // As the diff report names them: by the boundaries loaded now.
        java.util.function.Function<String, String> names2025 = c -> in2025.municipality(c)
                .map(nl.onderwijsregio.atlas.core.model.Municipality::name).orElse(c);

        assertEquals(List.of("Zwolle en omgeving: Oost-Flevoland (GM1997) toegevoegd",
                "Zwolle en omgeving: Dronten (GM0303) verwijderd"),
                dutch(RegionDiff.between(in2024.data(), in2025.data(), names2025)).stream()
                        .filter(l -> l.startsWith("Zwolle")).toList());
        assertEquals(List.of("Zwolle en omgeving: Dronten (GM0303) — Uw versie: lid / Versie op schijf: geen lid"),
                dutch(RegionDiff.versusDisk(in2024.data(), in2025.data(), names2025)).stream()
                        .filter(l -> l.startsWith("Zwolle") && l.contains("GM0303")).toList());
    }

    private RegionData put(CaseStory story) {
        return Edits.putCase(withInvalpool, "oost-nederland", story, null).apply(withInvalpool).data();
    }

    private static List<String> dutch(List<RegionDiff.Line> lines) {
        return worded(lines, Language.DUTCH);
    }

    private static List<String> english(List<RegionDiff.Line> lines) {
        return worded(lines, Language.ENGLISH);
    }

    private static List<String> worded(List<RegionDiff.Line> lines, java.util.Locale language) {
        Description.Formatter format = Description.Formatter.of(Language.bundle("editor", language)::getString, language);
        return lines.stream().map(l -> l.text().format(format)).toList();
    }
}
