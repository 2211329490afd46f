package nl.onderwijsregio.atlas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.edit.ChangeLog;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole change log: every saved step newest first, deleted regions' too, filtered, damage told. */
class ChangeLogModelTest {

    @TempDir
    Path dir;

    private ChangeLog log;
    private final ChangeLogModel model = new ChangeLogModel();
    /** Testregio is deleted: the atlas knows only Oost-Nederland by name. */
    private final Map<String, String> names = Map.of("oost-nederland", "Oost-Nederland");

    @BeforeEach
    void twoSaves() throws Exception {
        Messages.use(Messages.DUTCH);
        log = ChangeLog.beside(dir.resolve("onderwijsregios.json"));
        log.append(new ChangeLog.Entry(Instant.parse("2025-03-03T09:00:00Z"), "Anna", "onderwijsregios.json",
                List.of(new ChangeLog.Change("edit", "Deventer toevoegen aan Oost-Nederland", List.of("oost-nederland"),
                        "Deventer sloot zich aan"))));
        log.append(new ChangeLog.Entry(Instant.parse("2025-03-05T14:30:00Z"), "Bram", "onderwijsregios.json",
                List.of(new ChangeLog.Change("edit", "Testregio verwijderen", List.of("testregio"), null))));
    }

    @Test
    void everyStepIsListedNewestFirstWithItsEditorRegionsAndReasonTheDeletedRegionsToo() throws Exception {
        model.show(log.readAll(), names::get);

        List<String> shown = model.shown();
        assertEquals(2, shown.size(), shown.toString());
        assertTrue(shown.get(0).contains("Bram: Testregio verwijderen"), shown.get(0));
        assertTrue(shown.get(0).contains("Regio’s: testregio"), "a deleted region keeps its id: " + shown.get(0));
        assertTrue(shown.get(1).contains("Anna: Deventer toevoegen aan Oost-Nederland (reden: Deventer sloot zich aan)"),
                shown.get(1));
        assertTrue(shown.get(1).contains("Regio’s: Oost-Nederland"), shown.get(1));
    }

    @Test
    void theFilterKeepsTheStepsHoldingEveryWordTyped() throws Exception {
        model.show(log.readAll(), names::get);

        model.filterProperty().set("anna");
        assertEquals(1, model.shown().size());
        assertTrue(model.copyText().contains("Deventer"), model.copyText());

        model.filterProperty().set("oost-nederland bram");
        assertEquals(List.of(), model.shown());
        assertEquals("Geen wijziging past bij ‘oost-nederland bram’", model.placeholder().get());
    }

    @Test
    void aLineThatDoesNotReadIsListedByItsNumberAndTheOthersStillShow() throws Exception {
        Files.writeString(log.file(), "{\"time\": \"gisteren\"}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        log.append(new ChangeLog.Entry(Instant.parse("2025-03-07T08:00:00Z"), "Anna", "onderwijsregios.json",
                List.of(new ChangeLog.Change("undo", "Testregio verwijderen", List.of("testregio"), null))));

        ChangeLog.Contents contents = log.readAll();
        assertEquals(List.of(3), contents.unreadable());
        model.show(contents, names::get);

        assertEquals("Regel 3 van het logboek is onleesbaar", model.shown().get(0));
        assertTrue(model.shown().get(1).contains("Anna: ongedaan gemaakt: Testregio verwijderen"), model.shown().get(1));
        assertEquals(4, model.shown().size());
    }

    @Test
    void aLogNotYetWrittenSaysSoPlainly() throws Exception {
        Files.delete(log.file());

        ChangeLog.Contents contents = log.readAll();
        model.show(contents, names::get);

        assertEquals(false, contents.exists());
        assertEquals(List.of(), model.shown());
        assertEquals("Nog geen wijzigingen opgeslagen", model.placeholder().get());
    }
}
