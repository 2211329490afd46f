package nl.onderwijsregio.atlas.ui.detail;

import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.IJSSEL_VECHT;
import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.ZWOLLE_REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.core.edit.ChangeLog;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The detail pane shows a region's saved changes from the change log beside the region file. */
class RegionHistoryTest extends FxRobot {

    private static DetailFixture fx;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        Messages.use(Messages.DUTCH);
        fx = DetailFixture.start();
    }

    @AfterEach
    void bundledFileAgain() {
        DetailFixture.run(() -> fx.state.regionFileProperty().set(null));
        fx.select(null);
    }

    private static ChangeLog.Entry saved(String when, String editor, ChangeLog.Change... changes) {
        return new ChangeLog.Entry(Instant.parse(when), editor, "onderwijsregios.json", List.of(changes));
    }

    private static ChangeLog.Detail zwolles(String text) {
        return new ChangeLog.Detail(ZWOLLE_REGION, text);
    }

    /** The folded history once the change log has been read: that happens off the FX thread. */
    private TitledPane history() {
        fx.awaitHistory();
        return lookup("#detail-history-pane").queryAs(TitledPane.class);
    }

    private List<String> lines() {
        return ((VBox) history().getContent()).getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void zwollesSavedChangesShowNewestFirstWithTheirReasons() throws Exception {
        Path data = dir.resolve("onderwijsregios.json");
        ChangeLog log = ChangeLog.beside(data);
        log.append(saved("2026-03-02T09:15:00Z", "Anne de Vries", new ChangeLog.Change("edit",
                "Dalfsen toevoegen aan Zwolle en omgeving", List.of(ZWOLLE_REGION), "Staat op de kaart van de regio")));
        log.append(saved("2026-03-05T14:00:00Z", "Bram Jansen",
                new ChangeLog.Change("edit", "Regio IJssel-Vecht hernoemen", List.of(IJSSEL_VECHT), null),
                new ChangeLog.Change("undo", "Dalfsen toevoegen aan Zwolle en omgeving", List.of(ZWOLLE_REGION), null)));
        DetailFixture.run(() -> fx.state.regionFileProperty().set(data));

        fx.select(ZWOLLE_REGION);
        assertTrue(history().isVisible());
        assertEquals("Geschiedenis (2)", history().getText(), "only the changes that touched Zwolle en omgeving");
        List<String> lines = lines();
        assertTrue(lines.get(0).endsWith("Bram Jansen: ongedaan gemaakt: Dalfsen toevoegen aan Zwolle en omgeving"),
                lines.toString());
        assertTrue(lines.get(1).endsWith("Anne de Vries: Dalfsen toevoegen aan Zwolle en omgeving "
                + "(reden: Staat op de kaart van de regio)"), lines.toString());
    }

    @Test
    void aSavedStepListsWhatItChangedUnderIt() throws Exception {
        Path data = dir.resolve("onderwijsregios.json");
        ChangeLog.beside(data).append(saved("2026-03-02T09:15:00Z", "Anne de Vries",
                new ChangeLog.Change("edit", "2 gemeenten toevoegen aan Zwolle en omgeving", List.of(ZWOLLE_REGION), null,
                        List.of(zwolles("Zwolle en omgeving: Dalfsen (GM0148) toegevoegd"),
                                zwolles("Zwolle en omgeving: Hattem (GM0244) toegevoegd")))));
        DetailFixture.run(() -> fx.state.regionFileProperty().set(data));

        fx.select(ZWOLLE_REGION);
        assertTrue(lines().get(0).endsWith("Anne de Vries: 2 gemeenten toevoegen aan Zwolle en omgeving\n"
                + "• Zwolle en omgeving: Dalfsen (GM0148) toegevoegd\n"
                + "• Zwolle en omgeving: Hattem (GM0244) toegevoegd"), lines().toString());
    }

    @Test
    void aReorganisationOfTwoRegionsListsUnderZwolleAllOfZwollesOwnChangesAndNoneOfIJsselVechts() throws Exception {
        Path data = dir.resolve("onderwijsregios.json");
        List<String> merged = List.of("Dalfsen (GM0148)", "Hattem (GM0244)", "Heerde (GM0246)", "Kampen (GM0166)",
                "Oldebroek (GM0269)", "Zwartewaterland (GM1896)");
        List<ChangeLog.Detail> details = new java.util.ArrayList<>();
        merged.forEach(m -> details.add(new ChangeLog.Detail(IJSSEL_VECHT, "IJssel-Vecht: " + m + " verwijderd")));
        merged.forEach(m -> details.add(zwolles("Zwolle en omgeving: " + m + " verwijderd")));
        details.add(zwolles("Zwolle en omgeving: Groot-Zwolle (GM1996) toegevoegd"));
        ChangeLog.beside(data).append(saved("2026-03-02T09:15:00Z", "Anne de Vries", new ChangeLog.Change("edit",
                "Opvolgers van 6 gemeentecodes invullen (herindeling)", List.of(IJSSEL_VECHT, ZWOLLE_REGION), null,
                details)));
        DetailFixture.run(() -> fx.state.regionFileProperty().set(data));

        fx.select(ZWOLLE_REGION);
        assertEquals("Geschiedenis (1)", history().getText());
        StringBuilder zwollesLines = new StringBuilder("Anne de Vries: Opvolgers van 6 gemeentecodes invullen (herindeling)");
        merged.forEach(m -> zwollesLines.append("\n• Zwolle en omgeving: ").append(m).append(" verwijderd"));
        zwollesLines.append("\n• Zwolle en omgeving: Groot-Zwolle (GM1996) toegevoegd");
        assertTrue(lines().get(0).endsWith(zwollesLines.toString()), "all seven of Zwolle's, none folded away: "
                + lines());
    }

    @Test
    void aStepAnOlderLogCallsRedoneReadsAsTheStepDone() throws Exception {
        Path data = dir.resolve("onderwijsregios.json");
        ChangeLog.beside(data).append(saved("2026-03-06T08:30:00Z", "Anne de Vries",
                new ChangeLog.Change("redo", "Dalfsen toevoegen aan Zwolle en omgeving", List.of(ZWOLLE_REGION),
                        "Toch wel")));
        DetailFixture.run(() -> fx.state.regionFileProperty().set(data));

        fx.select(ZWOLLE_REGION);
        assertTrue(lines().get(0).endsWith("Anne de Vries: Dalfsen toevoegen aan Zwolle en omgeving "
                + "(reden: Toch wel)"), lines().toString());
    }

    @Test
    void aChangeSavedWhileTheRegionIsShownAppearsWhenTheHistoryIsOpened() throws Exception {
        Path data = dir.resolve("onderwijsregios.json");
        DetailFixture.run(() -> fx.state.regionFileProperty().set(data));
        fx.select(ZWOLLE_REGION);
        assertFalse(history().isVisible(), "no history, no section");
        fx.select(null);

        ChangeLog log = ChangeLog.beside(data);
        log.append(saved("2026-03-02T09:15:00Z", "Anne de Vries",
                new ChangeLog.Change("edit", "Leerlingen van Zwolle en omgeving wijzigen", List.of(ZWOLLE_REGION), null)));
        fx.select(ZWOLLE_REGION);
        assertEquals("Geschiedenis (1)", history().getText());

        // The editor saves again while the pane shows Zwolle en omgeving.
        log.append(saved("2026-03-02T10:00:00Z", "Anne de Vries",
                new ChangeLog.Change("edit", "Opleiders van Zwolle en omgeving wijzigen", List.of(ZWOLLE_REGION), null)));
        interact(() -> history().setExpanded(true));
        assertEquals("Geschiedenis (2)", history().getText());
        assertTrue(lines().get(0).endsWith("Opleiders van Zwolle en omgeving wijzigen"), lines().toString());
    }

    @Test
    void aSaveInTheAtlasShowsAtOnceInTheHistoryOfZwolleWhileItIsShown() throws Exception {
        Path data = dir.resolve("onderwijsregios.json");
        ChangeLog log = ChangeLog.beside(data);
        log.append(saved("2026-03-02T09:15:00Z", "Anne de Vries",
                new ChangeLog.Change("edit", "Leerlingen van Zwolle en omgeving wijzigen", List.of(ZWOLLE_REGION), null)));
        DetailFixture.run(() -> fx.state.regionFileProperty().set(data));
        fx.select(ZWOLLE_REGION);
        assertEquals("Geschiedenis (1)", history().getText());

        log.append(saved("2026-03-02T10:00:00Z", "Anne de Vries",
                new ChangeLog.Change("edit", "Opleiders van Zwolle en omgeving wijzigen", List.of(ZWOLLE_REGION), null)));
        DetailFixture.run(fx.state::savedToFile);

        assertEquals("Geschiedenis (2)", history().getText(), "without choosing another region and coming back");
    }

    @Test
    void anotherRegionsFileShowsItsOwnHistoryOfTheSameRegion() throws Exception {
        Path ours = Files.createDirectories(dir.resolve("ons")).resolve("onderwijsregios.json");
        Path colleagues = Files.createDirectories(dir.resolve("collega")).resolve("onderwijsregios.json");
        ChangeLog ourLog = ChangeLog.beside(ours);
        ourLog.append(saved("2026-03-02T09:15:00Z", "Anne de Vries",
                new ChangeLog.Change("edit", "Dalfsen toevoegen aan Zwolle en omgeving", List.of(ZWOLLE_REGION), null)));
        ourLog.append(saved("2026-03-03T09:15:00Z", "Anne de Vries",
                new ChangeLog.Change("edit", "Leerlingen van Zwolle en omgeving wijzigen", List.of(ZWOLLE_REGION), null)));
        ChangeLog.beside(colleagues).append(saved("2026-03-04T11:00:00Z", "Bram Jansen",
                new ChangeLog.Change("edit", "Kampen verwijderen uit Zwolle en omgeving", List.of(ZWOLLE_REGION), null)));
        DetailFixture.run(() -> fx.state.regionFileProperty().set(ours));
        fx.select(ZWOLLE_REGION);
        assertEquals("Geschiedenis (2)", history().getText());

        DetailFixture.run(() -> fx.state.showLoaded(fx.atlas, fx.state.geometryProperty().get(), null, colleagues));

        assertEquals(ZWOLLE_REGION, fx.state.selectedRegionIdProperty().get());
        assertEquals("Geschiedenis (1)", history().getText());
        assertTrue(lines().get(0).endsWith("Bram Jansen: Kampen verwijderen uit Zwolle en omgeving"), lines().toString());
    }

    @Test
    void theSameFileOpenedAgainShowsWhatWasSavedToItSince() throws Exception {
        Path data = dir.resolve("onderwijsregios.json");
        DetailFixture.run(() -> fx.state.regionFileProperty().set(data));
        fx.select(ZWOLLE_REGION);
        assertFalse(history().isVisible());

        // A colleague saves; the file is opened again, Zwolle en omgeving still selected.
        ChangeLog.beside(data).append(saved("2026-03-04T11:00:00Z", "Bram Jansen",
                new ChangeLog.Change("edit", "Kampen verwijderen uit Zwolle en omgeving", List.of(ZWOLLE_REGION), null)));
        DetailFixture.run(() -> fx.state.showLoaded(fx.atlas.withData(fx.atlas.data()),
                fx.state.geometryProperty().get(), null, data));

        assertEquals("Geschiedenis (1)", history().getText());
    }

    @Test
    void choosingZwolleReadsItsChangeLogOffTheFxThread() throws Exception {
        Path data = dir.resolve("onderwijsregios.json");
        ChangeLog.beside(data).append(saved("2026-03-02T09:15:00Z", "Anne de Vries",
                new ChangeLog.Change("edit", "Dalfsen toevoegen aan Zwolle en omgeving", List.of(ZWOLLE_REGION), null)));
        DetailFixture.run(() -> fx.state.regionFileProperty().set(data));
        List<Runnable> heldBack = new CopyOnWriteArrayList<>();
        ObjectProperty<Region> shown = new SimpleObjectProperty<>();
        RegionHistory history = WaitForAsyncUtils.asyncFx(() -> new RegionHistory(fx.state, shown, heldBack::add)).get();

        DetailFixture.run(() -> shown.set(region(ZWOLLE_REGION)));
        assertTrue(history.lines().isEmpty(), "the FX thread did not read the log itself");
        assertEquals(1, heldBack.size(), "it asked the reader to");

        heldBack.get(0).run();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, history.lines().size());
        assertTrue(history.lines().get(0).endsWith("Anne de Vries: Dalfsen toevoegen aan Zwolle en omgeving"),
                history.lines().toString());
    }

    @Test
    void aSlowReadOfZwollesLogDoesNotShowUnderIJsselVechtChosenMeanwhile() throws Exception {
        Path data = dir.resolve("onderwijsregios.json");
        ChangeLog.beside(data).append(saved("2026-03-05T14:00:00Z", "Bram Jansen",
                new ChangeLog.Change("edit", "Dalfsen toevoegen aan Zwolle en omgeving", List.of(ZWOLLE_REGION), null),
                new ChangeLog.Change("edit", "Regio IJssel-Vecht hernoemen", List.of(IJSSEL_VECHT), null)));
        DetailFixture.run(() -> fx.state.regionFileProperty().set(data));
        List<Runnable> heldBack = new CopyOnWriteArrayList<>();
        ObjectProperty<Region> shown = new SimpleObjectProperty<>();
        RegionHistory history = WaitForAsyncUtils.asyncFx(() -> new RegionHistory(fx.state, shown, heldBack::add)).get();
        DetailFixture.run(() -> shown.set(region(ZWOLLE_REGION)));
        DetailFixture.run(() -> shown.set(region(IJSSEL_VECHT)));

        heldBack.get(1).run();
        heldBack.get(0).run(); // Zwolle's read, overtaken, finishes last
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, history.lines().size(), history.lines().toString());
        assertTrue(history.lines().get(0).endsWith("Bram Jansen: Regio IJssel-Vecht hernoemen"),
                history.lines().toString());
    }

    private static Region region(String id) {
        return fx.atlas.region(id).orElseThrow();
    }
}
