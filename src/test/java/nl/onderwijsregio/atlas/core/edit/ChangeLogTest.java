package nl.onderwijsregio.atlas.core.edit;

import static nl.onderwijsregio.atlas.core.edit.Herindeling2025.ALMERE_EN_LELYSTAD;
import static nl.onderwijsregio.atlas.core.edit.Herindeling2025.NOORD_NEDERLAND;
import static nl.onderwijsregio.atlas.core.edit.Herindeling2025.ZWOLLE_EN_OMGEVING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeLogTest {

    @TempDir
    Path dir;

    private static final Description.Formatter DUTCH = Description.Formatter.of(Map.of(
            "editor.step.addMember", "{0} toevoegen aan {1}",
            "editor.step.rename", "{0} hernoemen naar {1}",
            "editor.diff.memberAdded", "{0}: {1} ({2}) toegevoegd",
            "editor.diff.memberRemoved", "{0}: {1} ({2}) verwijderd",
            "editor.diff.renamed", "Regio ''{0}'' heet nu ''{1}''")::get, Locale.forLanguageTag("nl"));
    private static final Map<String, String> NAMES = Map.of(EditFixture.DEVENTER, "Deventer");
    private static final Description.Formatter DATA_DUTCH = Description.Formatter.of(
            Language.bundle("editor", Language.DUTCH)::getString, Language.DUTCH);
    private static final Instant SAVED = Instant.parse("2025-01-06T10:00:00Z");

    private static List<String> texts(ChangeLog.Change change) {
        return change.details().stream().map(ChangeLog.Detail::text).toList();
    }

    /** Every municipality of the 2024 and the 2025 boundaries by name. */
    private static String nameIn2024Or2025(String code) {
        return Stream.concat(Herindeling2025.atlas2024().municipalities().values().stream(),
                        Herindeling2025.edition2025().stream())
                .filter(m -> m.code().equals(code)).map(Municipality::name).findFirst().orElse(code);
    }

    @Test
    void everySavedChangeSetIsOneLineBesideTheDataAndSaysWhatEachStepChanged() throws Exception {
        EditHistory history = new EditHistory(EditFixture.atlas());
        history.perform(Edits.addMembers(history.current(), "oost-nederland", List.of(EditFixture.DEVENTER),
                "Deventer sloot zich aan"));
        history.perform(Edits.rename(history.current(), "noord-limburg", "Limburg-Noord", null));

        ChangeLog log = ChangeLog.beside(dir.resolve("onderwijsregios.json"));
        assertEquals(dir.resolve("onderwijsregios.changes.jsonl"), log.file());
        Instant t = Instant.parse("2026-11-23T13:00:00Z");
        log.append(ChangeLog.entryFor(history.unsavedJournal(), "Anne de Vries", "onderwijsregios.json", t, DUTCH,
                NAMES::get));
        log.append(ChangeLog.entryFor(history.unsavedJournal().subList(0, 1), "Bram", "onderwijsregios.json",
                t.plusSeconds(60), DUTCH, NAMES::get));

        assertEquals(2, Files.readAllLines(log.file()).size());
        List<ChangeLog.Entry> entries = log.read();
        ChangeLog.Entry first = entries.get(0);
        assertEquals("Anne de Vries", first.editor());
        assertEquals(t, first.time());
        assertEquals(new ChangeLog.Change("edit", "Deventer toevoegen aan Oost-Nederland", List.of("oost-nederland"),
                "Deventer sloot zich aan",
                List.of(new ChangeLog.Detail("oost-nederland", "Oost-Nederland: Deventer (GM0150) toegevoegd"))),
                first.changes().get(0));
        assertEquals(List.of("Regio 'Noord-Limburg' heet nu 'Limburg-Noord'"), texts(first.changes().get(1)));

        List<ChangeLog.Entry> limburg = log.historyOf("noord-limburg");
        assertEquals(1, limburg.size());
        assertEquals(List.of("Noord-Limburg hernoemen naar Limburg-Noord"),
                limburg.get(0).changes().stream().map(ChangeLog.Change::step).toList());
    }

    @Test
    void aStepUndoneStraightAwayIsLeftOutOfTheLogButAnUndoOfAnEarlierSavedStepIsKept() throws Exception {
        EditHistory history = new EditHistory(EditFixture.atlas());
        history.perform(Edits.addMembers(history.current(), "oost-nederland", List.of(EditFixture.DEVENTER), null));
        history.perform(Edits.rename(history.current(), "noord-limburg", "Limburg-Noord", null));
        history.undo();
        ChangeLog.Entry firstSave = ChangeLog.entryFor(history.unsavedJournal(), "Anne", "onderwijsregios.json",
                Instant.parse("2026-11-23T13:00:00Z"), DUTCH, NAMES::get);
        assertEquals(List.of("Deventer toevoegen aan Oost-Nederland"),
                firstSave.changes().stream().map(ChangeLog.Change::step).toList(), "the rename came to nothing");

        history.markSaved();
        history.undo();
        ChangeLog.Entry secondSave = ChangeLog.entryFor(history.unsavedJournal(), "Anne", "onderwijsregios.json",
                Instant.parse("2026-11-23T14:00:00Z"), DUTCH, NAMES::get);
        assertEquals("undo", secondSave.changes().get(0).kind());
        assertEquals(List.of("Oost-Nederland: Deventer (GM0150) verwijderd"), texts(secondSave.changes().get(0)));
    }

    @Test
    void almereEnLelystadsHistoryOfTheHerindelingHoldsItsOwnChangesNotThoseOfZwolleOrNoordNederland() throws Exception {
        EditHistory history = new EditHistory(Herindeling2025.atlas2024());
        history.perform(Reorganisation.fromEdition(history.current(), Herindeling2025.edition2025())
                .edit(history.current()));
        ChangeLog log = ChangeLog.beside(dir.resolve("onderwijsregios.json"));
        log.append(ChangeLog.entryFor(history.unsavedJournal(), "Anne", "onderwijsregios.json", SAVED, DATA_DUTCH,
                ChangeLogTest::nameIn2024Or2025));

        ChangeLog.Change almere = log.historyOf(ALMERE_EN_LELYSTAD).get(0).changes().get(0);
        assertEquals(List.of("Almere en Lelystad: Oost-Flevoland (GM1997) toegevoegd",
                "Almere en Lelystad: Zeewolde (GM0050) verwijderd",
                "Almere en Lelystad: Dronten (GM0303) verwijderd"), texts(almere));
        assertEquals(List.of("Noord-Nederland (po): Veenkoloniën (GM1999) toegevoegd",
                "Noord-Nederland (po): Stadskanaal (GM0037) verwijderd",
                "Noord-Nederland (po): Veendam (GM0047) verwijderd"),
                texts(log.historyOf(NOORD_NEDERLAND).get(0).changes().get(0)));
        assertEquals(8, texts(log.read().get(0).changes().get(0)).size(), "the log itself keeps every region's lines");
    }

    @Test
    void aSaveAfterTheHerindelingNamesDissolvedMunicipalitiesAlsoWhenNoPrintedNameIsAtHand() throws Exception {
        EditHistory history = new EditHistory(Herindeling2025.atlas2024());
        // Added in the atlas, so Zwolle en omgeving has no printed name for Zeewolde.
        history.perform(Edits.addMembers(history.current(), ZWOLLE_EN_OMGEVING, List.of(Herindeling2025.ZEEWOLDE), null));
        history.perform(Reorganisation.fromEdition(history.current(), Herindeling2025.edition2025())
                .edit(history.current()));
        ChangeLog log = ChangeLog.beside(dir.resolve("onderwijsregios.json"));
        // As the editor names them at the save: by the 2025 boundaries it has taken up.
        log.append(ChangeLog.entryFor(history.unsavedJournal(), "Anne", "onderwijsregios.json", SAVED, DATA_DUTCH,
                code -> history.current().municipality(code).map(Municipality::name).orElse(code)));

        List<ChangeLog.Change> zwolle = log.historyOf(ZWOLLE_EN_OMGEVING).get(0).changes();
        assertEquals(List.of("Zwolle en omgeving: Zeewolde (GM0050) toegevoegd"), texts(zwolle.get(0)));
        assertEquals(List.of("Zwolle en omgeving: Oost-Flevoland (GM1997) toegevoegd",
                "Zwolle en omgeving: Dronten (GM0303) verwijderd",
                "Zwolle en omgeving: Zeewolde (GM0050) verwijderd"), texts(zwolle.get(1)));
    }

    @Test
    void theHerindelingUndoneAndRedoneBeforeTheSaveIsLoggedAsTheStepDone() throws Exception {
        EditHistory history = new EditHistory(Herindeling2025.atlas2024());
        history.perform(Reorganisation.fromEdition(history.current(), Herindeling2025.edition2025())
                .edit(history.current()));
        history.undo();
        history.redo();

        ChangeLog.Entry saved = ChangeLog.entryFor(history.unsavedJournal(), "Anne", "onderwijsregios.json", SAVED,
                DATA_DUTCH, ChangeLogTest::nameIn2024Or2025);
        assertEquals(List.of("edit"), saved.changes().stream().map(ChangeLog.Change::kind).toList());
        assertEquals("Opvolgers van 4 gemeentecodes invullen (herindeling)", saved.changes().get(0).step());
        assertTrue(saved.changes().get(0).reason().startsWith("Gemeentelijke herindeling: "));
    }

    @Test
    void aSavedStepUndoneAndRedoneBeforeTheNextSaveIsNotLoggedAgain() {
        EditHistory history = new EditHistory(EditFixture.atlas());
        history.perform(Edits.addMembers(history.current(), "oost-nederland", List.of(EditFixture.DEVENTER), null));
        history.markSaved();
        history.undo();
        history.redo();

        assertEquals(List.of(), ChangeLog.entryFor(history.unsavedJournal(), "Anne", "onderwijsregios.json", SAVED,
                DUTCH, NAMES::get).changes(), "Deventer was in Oost-Nederland at the last save and still is");
    }

    @Test
    void aRedoInAnOlderLogReadsAsTheStepDone() throws Exception {
        ChangeLog log = ChangeLog.beside(dir.resolve("onderwijsregios.json"));
        log.append(new ChangeLog.Entry(SAVED, "Anne", "onderwijsregios.json", List.of(new ChangeLog.Change("redo",
                "Opvolgers van 4 gemeentecodes invullen (herindeling)", List.of(ALMERE_EN_LELYSTAD), null))));

        assertEquals("edit", log.historyOf(ALMERE_EN_LELYSTAD).get(0).changes().get(0).kind());
    }

    @Test
    void anOlderLogsDetailsWithoutTheirRegionAreShownOnlyUnderAStepOfThatRegionAlone() throws Exception {
        ChangeLog log = ChangeLog.beside(dir.resolve("onderwijsregios.json"));
        Files.writeString(log.file(), "{\"time\":\"2025-01-06T10:00:00Z\",\"editor\":\"Anne\",\"file\":\"x.json\","
                + "\"changes\":[{\"kind\":\"edit\",\"step\":\"Opvolgers van 4 gemeentecodes invullen (herindeling)\","
                + "\"regions\":[\"zwolle-en-omgeving\",\"almere-en-lelystad\"],\"reason\":null,"
                + "\"details\":[\"Zwolle en omgeving: Dronten (GM0303) verwijderd\"]},"
                + "{\"kind\":\"edit\",\"step\":\"Kampen toevoegen aan Zwolle en omgeving\","
                + "\"regions\":[\"zwolle-en-omgeving\"],\"reason\":null,"
                + "\"details\":[\"Zwolle en omgeving: Kampen (GM0166) toegevoegd\"]}]}\n");

        List<ChangeLog.Change> almere = log.historyOf(ALMERE_EN_LELYSTAD).get(0).changes();
        assertEquals(List.of(List.of()), almere.stream().map(ChangeLogTest::texts).toList(),
                "whose line it is cannot be told, so Almere en Lelystad is not shown Zwolle's");
        assertEquals(List.of(List.of(), List.of("Zwolle en omgeving: Kampen (GM0166) toegevoegd")),
                log.historyOf(ZWOLLE_EN_OMGEVING).get(0).changes().stream().map(ChangeLogTest::texts).toList());
    }

    @Test
    void aLogWrittenBeforeDetailsWereKeptIsStillRead() throws Exception {
        ChangeLog log = ChangeLog.beside(dir.resolve("onderwijsregios.json"));
        Files.writeString(log.file(), "{\"time\":\"2026-03-02T09:15:00Z\",\"editor\":\"Anne\",\"file\":\"x.json\","
                + "\"changes\":[{\"kind\":\"edit\",\"step\":\"stap\",\"regions\":[\"r\"],\"reason\":null}]}\n");
        assertEquals(List.of(), log.read().get(0).changes().get(0).details());
    }

    @Test
    void aLineTornByACrashIsSkipped() throws Exception {
        ChangeLog log = ChangeLog.beside(dir.resolve("onderwijsregios.json"));
        log.append(new ChangeLog.Entry(Instant.parse("2026-11-23T13:00:00Z"), "Anne", "x.json",
                List.of(new ChangeLog.Change("edit", "stap", List.of("r"), null))));
        Files.writeString(log.file(), "{\"time\":\"2026-11-23T13:01", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertEquals(1, log.read().size());
        assertTrue(ChangeLog.beside(dir.resolve("other.json")).read().isEmpty());
    }

    @Test
    void theFirstSaveAfterATornLineStartsOnALineOfItsOwn() throws Exception {
        ChangeLog log = ChangeLog.beside(dir.resolve("onderwijsregios.json"));
        Files.writeString(log.file(), "{\"time\":\"2026-11-23T13:01", StandardCharsets.UTF_8);

        log.append(new ChangeLog.Entry(Instant.parse("2026-11-23T13:05:00Z"), "Anne", "onderwijsregios.json",
                List.of(new ChangeLog.Change("edit", "Olst-Wijhe toevoegen aan Oost-Nederland",
                        List.of("oost-nederland"), null))));

        List<ChangeLog.Entry> entries = log.read();
        assertEquals(1, entries.size(), "the torn line is lost, the save after it is not");
        assertEquals("Olst-Wijhe toevoegen aan Oost-Nederland", entries.get(0).changes().get(0).step());
    }

    @Test
    void aCharacterTornInTheMiddleCostsOnlyItsOwnLine() throws Exception {
        ChangeLog log = ChangeLog.beside(dir.resolve("onderwijsregios.json"));
        log.append(new ChangeLog.Entry(Instant.parse("2026-11-23T13:00:00Z"), "Anne", "onderwijsregios.json",
                List.of(new ChangeLog.Change("edit", "Zwolle toevoegen aan Oost-Nederland", List.of("oost-nederland"),
                        null))));
        // A crash in "Súdwest-Fryslân" after the first of the two bytes of "â": that line is no UTF-8.
        Files.write(log.file(), "{\"time\":\"2026-11-23T13:01:00Z\",\"editor\":\"Súdwest-Frysl"
                .getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        Files.write(log.file(), new byte[] {(byte) 0xC3}, StandardOpenOption.APPEND);
        log.append(new ChangeLog.Entry(Instant.parse("2026-11-23T13:05:00Z"), "Bram", "onderwijsregios.json",
                List.of(new ChangeLog.Change("edit", "Olst-Wijhe toevoegen aan Oost-Nederland",
                        List.of("oost-nederland"), null))));

        assertEquals(List.of("Anne", "Bram"), log.read().stream().map(ChangeLog.Entry::editor).toList());
        assertEquals(2, log.historyOf("oost-nederland").size());
    }

    @Test
    void aCopysLogStartsAsTheLogStoodWhenTheWorkBeganAndReplacesTheLogOfTheFileItReplaces() throws Exception {
        ChangeLog log = ChangeLog.beside(dir.resolve("onderwijsregios.json"));
        log.append(entry("Anne de Vries", "Deventer toevoegen aan Oost-Nederland"));
        long whenTheWorkBegan = log.length();
        log.append(entry("Bert Jansen", "Bergen (NH.) toevoegen aan Noord-Holland Noord"));
        ChangeLog copy = ChangeLog.beside(dir.resolve("kopie.json"));
        copy.append(entry("Carla Smit", "Venlo toevoegen aan Noord-Limburg"));

        log.copyTo(copy, whenTheWorkBegan);

        assertEquals(List.of("Anne de Vries"), copy.read().stream().map(ChangeLog.Entry::editor).toList(),
                "Bert's save came after the work began, and Carla's log was of the file the copy replaced");
        log.copyTo(copy, whenTheWorkBegan - 3);
        assertEquals(List.of(), copy.read(), "a line cut short is left out, not copied torn");
    }

    private static ChangeLog.Entry entry(String editor, String step) {
        return new ChangeLog.Entry(SAVED, editor, "onderwijsregios.json",
                List.of(new ChangeLog.Change("edit", step, List.of(), null)));
    }
}
