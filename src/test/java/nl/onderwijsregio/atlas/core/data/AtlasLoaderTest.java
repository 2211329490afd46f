package nl.onderwijsregio.atlas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.onderwijsregio.atlas.core.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder opens with the municipality boundaries its regions file belongs to: after a municipal
 * reorganisation it holds two editions, and the regions file says which only by the codes it uses.
 */
class AtlasLoaderTest {

    @TempDir
    static Path folder;

    private static Path edition2024;
    private static Path edition2025;

    @BeforeAll
    static void aFolderSavedAfterAReorganisation() throws Exception {
        TestData.reorganisedFolder(folder);
        edition2024 = folder.resolve("geo/gemeenten_2024.shp");
        edition2025 = folder.resolve("geo/gemeenten_2025.shp");
        Files.copy(Path.of("src/test/resources/fixtures/small-regions.json"), folder.resolve("regios-2024.json"));
        Files.writeString(folder.resolve("regios-atlantis.json"), Files.readString(folder.resolve(AtlasLoader.REGION_FILE))
                .replace("\"GM1999\"", "\"GM9999\""));
    }

    @Test
    void theFolderOpensWithTheNewerEditionItsRegionsFileWasSavedAgainst() throws Exception {
        AtlasLoader.Loaded loaded = new AtlasLoader().loadFolder(folder, folder.resolve(AtlasLoader.REGION_FILE), false);

        assertEquals(edition2025, loaded.municipalities());
        assertEquals(Set.of("GM1997", "GM1999"), loaded.atlas().region("zwolle-en-omgeving").orElseThrow().memberCodes());
        assertTrue(loaded.atlas().municipality("GM1997").isPresent());
        assertTrue(loaded.atlas().municipality("GM0193").isEmpty(), "not the 2024 edition's Zwolle");
    }

    @Test
    void aRegionsFileNotYetMovedOnKeepsTheEditionThatStillHasItsCodes() throws Exception {
        AtlasLoader.Loaded loaded = new AtlasLoader().loadFolder(folder, folder.resolve("regios-2024.json"), false);

        assertEquals(edition2024, loaded.municipalities());
        assertTrue(loaded.atlas().municipality("GM0193").isPresent());
    }

    @Test
    void aCodeNoEditionKnowsIsToldAgainstTheNewestNamingTheOthersAndTheRemedy() {
        Path json = folder.resolve("regios-atlantis.json");
        DataLoadException e = assertThrows(DataLoadException.class,
                () -> new AtlasLoader().loadFolder(folder, json, false));

        assertEquals(json, e.file());
        assertTrue(e.location().startsWith("line "), "the place of the code: " + e.location());
        assertEquals("onbekende gemeentecode GM9999 voor „Steenwijkerland”: die staat niet in de geladen gemeentegrenzen ("
                + edition2025 + "), en ook niet in gemeenten_2024.shp ernaast. Bedoelt u GM1999 Steenwijkerland? Of hoort"
                + " dit regiobestand bij andere gemeentegrenzen? Open de gemeentegrenzen waarbij dit regiobestand"
                + " hoort: in de atlas met Bestand › Gemeentegrenzen (shapefile) openen…, op de opdrachtregel met"
                + " --municipalities BESTAND, of zet ze in de map geo van de gegevensmap als gemeenten_JJJJ.shp",
                e.problemPhrase().in(Language.DUTCH));
        assertTrue(e.problemPhrase().in(Locale.ENGLISH).contains("nor in gemeenten_2024.shp beside it. Did you mean GM1999"
                + " Steenwijkerland? Or does this regions file belong to other municipality boundaries? Open the"
                + " municipality boundaries this regions file belongs to"), e.problemPhrase().in(Locale.ENGLISH));
    }

    @Test
    void forTheValidatorACodeNoEditionKnowsIsLoadedWithTheNewest() throws Exception {
        AtlasLoader.Loaded loaded = new AtlasLoader().loadFolder(folder, folder.resolve("regios-atlantis.json"), true);

        assertEquals(edition2025, loaded.municipalities());
        assertTrue(loaded.atlas().region("zwolle-en-omgeving").orElseThrow().hasMember("GM9999"));
    }

    @Test
    void boundariesNamedOutrightAreNotSwappedButTheUnknownCodeSaysWhichToOpen() {
        DataLoadException e = assertThrows(DataLoadException.class,
                () -> new AtlasLoader().load(edition2024, folder.resolve(AtlasLoader.REGION_FILE)));

        String told = e.message(Language.DUTCH);
        assertTrue(told.contains("onbekende gemeentecode GM1997 voor „Zwolle”: die staat niet in de geladen gemeentegrenzen ("
                + edition2024 + "). Bedoelt u GM0193 Zwolle? Of hoort dit regiobestand bij andere gemeentegrenzen? Open de"
                + " gemeentegrenzen waarbij dit regiobestand hoort"), told);
        assertFalse(told.contains("ernaast"), "no other edition was tried: " + told);
    }

    @Test
    void theEditionsOfAFolderAreItsYearlyMunicipalityFilesNewestFirst(@TempDir Path other) throws Exception {
        assertEquals(List.of(edition2025, edition2024), AtlasLoader.municipalityEditions(folder));

        Path geo = Files.createDirectories(other.resolve("geo"));
        Files.writeString(geo.resolve("provincies_2024.shp"), "");
        Files.writeString(geo.resolve("gemeenten_2025.geojson"), "");
        assertEquals(List.of(other.resolve(AtlasLoader.MUNICIPALITY_FILE)), AtlasLoader.municipalityEditions(other),
                "without any, the bundled edition's name, so that the load says it is missing");
    }

    @Test
    void aFolderWithOnlyTheNewerEditionOpensWithIt(@TempDir Path other) throws Exception {
        Path geo = Files.createDirectories(other.resolve("geo"));
        TestData.deriveEdition(geo, "gemeenten_2025", java.util.Map.of("GM0193", "GM1997", "GM1708", "GM1999"));
        Files.copy(folder.resolve(AtlasLoader.REGION_FILE), other.resolve(AtlasLoader.REGION_FILE));

        assertEquals(geo.resolve("gemeenten_2025.shp"),
                new AtlasLoader().loadFolder(other, other.resolve(AtlasLoader.REGION_FILE), false).municipalities());
    }
}
