package nl.onderwijsregio.atlas.ui.editor;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.ALKMAAR;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.ARNHEM;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.BERGEN_L;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.BERGEN_NH;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.HENGELO;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.NUENEN;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.OLST_WIJHE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.RAALTE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.VENLO;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.ZWOLLE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.core.check.Finding;
import nl.onderwijsregio.atlas.core.check.Severity;
import nl.onderwijsregio.atlas.core.data.RegionFileReader;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.edit.AtomicFile;
import nl.onderwijsregio.atlas.core.edit.EditFixture;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.edit.FolderNotWritableException;
import nl.onderwijsregio.atlas.core.edit.ReadOnlyFolder;
import nl.onderwijsregio.atlas.core.edit.RecoveryStore;
import nl.onderwijsregio.atlas.core.edit.Reorganisation;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Basemap;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.locationtech.jts.io.WKTReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The editor in a real main window on a small atlas, with the file, recovery folder and answers under test control. */
class EditorFeatureTest extends FxRobot {

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path dataFile;
    private RecoveryStore recovery;
    private Stage stage;
    private AtlasState state;
    private EditorFeature feature;

    @BeforeEach
    void open() throws Exception {
        dataFile = dir.resolve("onderwijsregios.json");
        Files.write(dataFile, new RegionFileWriter().toBytes(EditFixture.atlas().data()));
        recovery = new RecoveryStore(dir.resolve("appdata"));
        stage = FxToolkit.registerPrimaryStage();
        session(EditFixture.atlas());
    }

    /** A fresh window on {@code atlas}, as after starting the app. */
    private void session(Atlas atlas) throws Exception {
        EditorSession session = EditorSession.open(dataFile, recovery, dialogs, atlas);
        state = session.state();
        feature = session.feature();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private EditorModel model() {
        return feature.model();
    }

    private Region oost() {
        return state.atlas().region("oost-nederland").orElseThrow();
    }

    private void editRegion(String id) {
        interact(() -> {
            state.editModeProperty().set(true);
            state.selectedRegionIdProperty().set(id);
        });
    }

    private void click(String... codes) {
        interact(() -> state.mapEditHandlerProperty().get().stroke(List.of(codes)));
    }

    private MenuItem menuItem(String id) {
        return stage.getScene().getRoot().lookupAll("*").isEmpty() ? null
                : ((MainWindow) stage.getScene().getRoot()).menu("menu-edit", "").getItems().stream()
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void editModeIsOffByDefaultAndVisiblyDifferentWhenOn() {
        MainWindow w = (MainWindow) stage.getScene().getRoot();
        assertFalse(state.editModeProperty().get());
        assertNull(state.mapEditHandlerProperty().get(), "clicks do nothing while browsing");
        assertTrue(lookup("#editor-side").tryQuery().isEmpty());
        clickOn("#edit-mode-toggle");
        assertTrue(state.editModeProperty().get());
        assertTrue(w.getStyleClass().contains("edit-mode"));
        assertTrue(lookup("#edit-banner").query().isVisible());
        assertNotNull(lookup("#editor-side").query());
        clickOn("#edit-mode-toggle");
        assertFalse(w.getStyleClass().contains("edit-mode"));
        assertNull(state.mapEditHandlerProperty().get());
    }

    @Test
    void saveStandsInTheFileMenuAndWakesWithTheFirstEdit() {
        MenuItem save = ((MainWindow) stage.getScene().getRoot()).menu("menu-file", "").getItems().stream()
                .filter(i -> "menu-save".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("Opslaan", save.getText());
        assertEquals("Shortcut+S", save.getAccelerator().getName());
        assertTrue(save.isDisable(), "nothing to save yet");
        editRegion("oost-nederland");
        click(DEVENTER);
        assertFalse(save.isDisable());
    }

    @Test
    void clickingAddsAndRemovesAndTheMenuNamesTheStep() {
        editRegion("oost-nederland");
        click(DEVENTER);
        assertTrue(oost().hasMember(DEVENTER));
        assertEquals("Ongedaan maken: Deventer toevoegen aan Oost-Nederland", menuItem("menu-undo").getText());
        click(DEVENTER);
        assertFalse(oost().hasMember(DEVENTER));
        assertEquals("Ongedaan maken: Deventer verwijderen uit Oost-Nederland", menuItem("menu-undo").getText());
    }

    @Test
    void aPaintedStrokeIsUndoneInOneStepWithCtrlZAndRedoneWithCtrlY() {
        editRegion("oost-nederland");
        click(DEVENTER, OLST_WIJHE, HENGELO);
        assertEquals(Set.of(ZWOLLE, RAALTE, DEVENTER, OLST_WIJHE, HENGELO), oost().memberCodes());
        clickOn("#map-pane");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(Set.of(ZWOLLE, RAALTE), oost().memberCodes());
        push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(5, oost().memberCodes().size());
        push(KeyCode.CONTROL, KeyCode.Z);
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(5, oost().memberCodes().size());
    }

    @Test
    void aMunicipalityOfAnotherRegionWarnsOnHoverButMayBeAdded() {
        editRegion("noord-limburg");
        assertTrue(hoverNote(ZWOLLE).contains("Oost-Nederland"), hoverNote(ZWOLLE));
        click(ZWOLLE);
        assertTrue(state.atlas().region("noord-limburg").orElseThrow().hasMember(ZWOLLE));
    }

    @Test
    void undoAndRedoOfEveryKindOfEditThroughTheForm() {
        editRegion("oost-nederland");
        Atlas start = state.atlas();
        TextField name = lookup("#editor-name").queryAs(TextField.class);
        interact(() -> {
            name.setText("Regio Stedendriehoek");
            name.getOnAction().handle(null);
        });
        clickOn("#editor-sector-MBO");
        clickOn("#editor-scope-national");
        clickOn("#editor-voorloper");
        TextField pupils = lookup("#editor-figure-leerlingenStudenten").queryAs(TextField.class);
        interact(() -> {
            pupils.setText("58.632");
            pupils.getOnAction().handle(null);
        });
        Region r = oost();
        assertEquals("Regio Stedendriehoek", r.displayName());
        assertTrue(r.serves(Sector.MBO));
        assertTrue(r.voorloper());
        assertEquals(58_632L, r.keyFigures().get(KeyFigure.LEERLINGEN_STUDENTEN).getAsLong());
        assertEquals(5, model().history().undoDepth());

        interact(() -> {
            pupils.setText("-4");
            pupils.getOnAction().handle(null);
        });
        assertTrue(pupils.getStyleClass().contains("invalid"));
        assertEquals(5, model().history().undoDepth(), "an invalid figure is not an edit");

        for (int i = 0; i < 5; i++) {
            interact(model()::undo);
        }
        assertEquals(start.data(), state.atlas().data());
        for (int i = 0; i < 5; i++) {
            interact(model()::redo);
        }
        assertEquals(r, oost());
    }

    @Test
    void aRefusedEditIsExplainedInDutch() {
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        editRegion("oost-nederland");
        TextField name = lookup("#editor-name").queryAs(TextField.class);
        interact(() -> {
            name.setText("  ");
            name.getOnAction().handle(null);
        });
        assertEquals("Niet uitgevoerd: een regio heeft een naam nodig", state.statusProperty().get());
        assertEquals("Oost-Nederland", oost().displayName());
    }

    @Test
    void aNameBeingTypedStaysWithItsRegionWhenAnotherIsSelected() {
        editRegion("oost-nederland");
        TextField name = lookup("#editor-name").queryAs(TextField.class);
        clickOn(name);
        interact(() -> name.setText("Oost"));
        interact(() -> state.selectedRegionIdProperty().set("noord-limburg"));
        assertEquals("Oost", oost().displayName());
        assertEquals("Noord-Limburg", state.atlas().region("noord-limburg").orElseThrow().displayName());
        assertEquals("Noord-Limburg", name.getText());
    }

    @Test
    void aNewRegionAndItsCaseAreMadeInTheFormAndUndoneStepByStep() {
        editRegion("oost-nederland");
        int regions = state.atlas().regions().size();
        clickOn("#editor-new-region");
        interact(() -> lookup(".dialog-pane .text-field").queryTextInputControl().setText("Twente"));
        clickOn(okButton());
        assertEquals(regions + 1, state.atlas().regions().size());
        assertEquals("twente", state.selectedRegionIdProperty().get());
        assertTrue(state.atlas().region("twente").orElseThrow().serves(Sector.PO));

        // the cases lie at the foot of the form, below what its part of the side pane shows at first
        interact(() -> lookup("#editor-form").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        clickOn("#editor-add-case");
        interact(() -> {
            lookup("#case-title").queryTextInputControl().setText("Invalpool Twente");
            lookup("#case-summary").queryTextInputControl().setText("Scholen delen een pool van invallers.");
        });
        clickOn(okButton());
        assertEquals("Invalpool Twente", state.atlas().region("twente").orElseThrow().cases().get(0).title());
        assertEquals("Ongedaan maken: Casus 'Invalpool Twente' toevoegen aan Twente", menuItem("menu-undo").getText());

        interact(model()::undo);
        assertTrue(state.atlas().region("twente").orElseThrow().cases().isEmpty());
        interact(model()::undo);
        assertTrue(state.atlas().region("twente").isEmpty());
        interact(model()::redo);
        interact(model()::redo);
        assertEquals(1, state.atlas().region("twente").orElseThrow().cases().size());
    }

    @Test
    void aReorganisationIsConfirmedInOneStepAndUndone() throws Exception {
        editRegion("oost-nederland");
        click(OLST_WIJHE);
        Path csv = dir.resolve("herindeling.csv");
        Files.writeString(csv, "oud;nieuw\nGM1773;GM0150\n");
        Reorganisation reorganisation = Reorganisation.fromCsv(csv);
        Platform.runLater(() -> new ReorganisationDialog(state, model(), stage).confirm(reorganisation, state.atlas()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, lookup("#reorg-list").queryListView().getItems().size());
        assertTrue(lookup("#reorg-list").queryListView().getItems().get(0).toString().contains("Olst-Wijhe (GM1773) → Deventer"));
        clickOn(okButton());
        assertEquals(Set.of(ZWOLLE, RAALTE, DEVENTER), oost().memberCodes());
        interact(model()::undo);
        assertTrue(oost().hasMember(OLST_WIJHE));
    }

    @Test
    void aLongReorganisationLineWrapsAndIsReadWhole() throws Exception {
        editRegion("oost-nederland");
        click(OLST_WIJHE);
        interact(() -> model().perform(a -> Edits.rename(a, "oost-nederland",
                "Onderwijsregio Oost-Nederland, Salland, de Stedendriehoek en de Achterhoek", "")));
        Path csv = dir.resolve("herindeling.csv");
        Files.writeString(csv, "oud;nieuw\nGM1773;GM1999\n");
        Reorganisation reorganisation = Reorganisation.fromCsv(csv);
        Platform.runLater(() -> new ReorganisationDialog(state, model(), stage).confirm(reorganisation, state.atlas()));
        WaitForAsyncUtils.waitForFxEvents();
        String line = lookup("#reorg-list").queryListView().getItems().get(0).toString();
        assertTrue(line.contains("GM1999") && line.length() > 100, "a line longer than the list is wide: " + line);
        javafx.scene.text.Text shown = (javafx.scene.text.Text) lookup("#reorg-list .list-cell .text").query();
        assertEquals(line, shown.getText(), "the line is wrapped, not cut off");
        javafx.scene.Node list = lookup("#reorg-list").query();
        double right = list.sceneToLocal(shown.localToScene(shown.getBoundsInLocal())).getMaxX();
        assertTrue(right <= list.getBoundsInLocal().getWidth(), "read without scrolling sideways: text ends at " + right
                + " in a list " + list.getBoundsInLocal().getWidth() + " wide");
        clickOn(cancelButton());
    }

    @Test
    void savingAfterTakingUpNewerBoundariesNamesTheirShapefileAndAfterUndoTheOldOne() throws Exception {
        Path boundaries2024 = dir.resolve("gemeenten-2024.shp");
        Path boundaries2025 = dir.resolve("gemeenten-2025.shp");
        interact(() -> state.showLoaded(EditFixture.atlas(), null, boundaries2024, dataFile));
        editRegion("oost-nederland");
        click(OLST_WIJHE);
        // 2025: Olst-Wijhe and Deventer merged into one municipality covering both.
        List<Municipality> edition2025 = new ArrayList<>(state.atlas().municipalities().values());
        edition2025.removeIf(m -> m.code().equals(OLST_WIJHE) || m.code().equals(DEVENTER));
        edition2025.add(new Municipality("GM1990", "Deventer-Olst", "Overijssel", new WKTReader().read(
                "POLYGON ((200000 490000, 220000 490000, 220000 500000, 200000 500000, 200000 490000))"), null));
        Reorganisation merger = Reorganisation.fromEdition(state.atlas(), edition2025);
        Platform.runLater(() -> new ReorganisationDialog(state, model(), stage)
                .confirm(merger, state.atlas(), boundaries2025));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(okButton());
        assertTrue(oost().hasMember("GM1990"));

        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        assertEquals(boundaries2025, state.municipalityFileProperty().get(), "the saved codes are 2025 codes");
        interact(model()::undo);
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        assertEquals(boundaries2024, state.municipalityFileProperty().get());
    }

    @Test
    void aSplitMunicipalityKeepsOkOffUntilTheEditorChoosesItsSuccessorAndTheSavedFileLoadsAgain() throws Exception {
        editRegion("oost-nederland");
        click(OLST_WIJHE);
        // 2027: Olst-Wijhe and Deventer merge; Raalte is split in three, none of them half of it.
        List<Municipality> edition2027 = new ArrayList<>(state.atlas().municipalities().values());
        edition2027.removeIf(m -> Set.of(OLST_WIJHE, DEVENTER, RAALTE).contains(m.code()));
        WKTReader wkt = new WKTReader();
        edition2027.add(new Municipality("GM1990", "Deventer-Olst", "Overijssel", wkt.read(
                "POLYGON ((200000 490000, 220000 490000, 220000 500000, 200000 500000, 200000 490000))"), null));
        edition2027.add(new Municipality("GM1991", "Raalte-West", "Overijssel", wkt.read(
                "POLYGON ((210000 500000, 213000 500000, 213000 510000, 210000 510000, 210000 500000))"), null));
        edition2027.add(new Municipality("GM1992", "Heino", "Overijssel", wkt.read(
                "POLYGON ((213000 500000, 217000 500000, 217000 510000, 213000 510000, 213000 500000))"), null));
        edition2027.add(new Municipality("GM1993", "Raalte-Oost", "Overijssel", wkt.read(
                "POLYGON ((217000 500000, 220000 500000, 220000 510000, 217000 510000, 217000 500000))"), null));
        Reorganisation split = Reorganisation.fromEdition(state.atlas(), edition2027);
        Platform.runLater(() -> new ReorganisationDialog(state, model(), stage).confirm(split, state.atlas()));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(okButton().isDisabled(), "Deventer-Olst has a successor, Raalte has none yet");
        javafx.scene.control.Label why = lookup("#reorg-unresolved").query();
        assertTrue(why.isVisible());
        assertTrue(why.getText().contains("Raalte (GM0177)"), why.getText());
        javafx.scene.control.ComboBox<Municipality> raalte = lookup("#reorg-choice-GM0177").queryComboBox();
        assertEquals("Heino", raalte.getItems().get(0).name(), "the largest part comes first");
        interact(() -> raalte.getSelectionModel().select(0));
        assertFalse(okButton().isDisabled());
        assertFalse(why.isVisible());
        clickOn(okButton());
        assertEquals(Set.of(ZWOLLE, "GM1990", "GM1992"), oost().memberCodes());

        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        Set<String> codes2027 = new java.util.HashSet<>();
        edition2027.forEach(m -> codes2027.add(m.code()));
        assertEquals(Set.of(ZWOLLE, "GM1990", "GM1992"), new RegionFileReader().read(dataFile, codes2027)
                .regions().get(0).memberCodes(), "the next start accepts the saved file with the 2027 boundaries");
    }

    @Test
    void aReorganisationReadAndLeftUnconfirmedLeavesNoReadingOnTheStatusLine() throws Exception {
        editRegion("oost-nederland");
        click(OLST_WIJHE);
        Path csv = dir.resolve("herindeling.csv");
        Files.writeString(csv, "oud;nieuw\nGM1773;GM0150\n");

        interact(() -> new ReorganisationDialog(state, model(), stage).read(csv));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#reorg-list").tryQuery().isPresent());
        clickOn(lookup(".dialog-pane .button").match(n -> ((javafx.scene.control.Button) n).isCancelButton())
                .queryButton());

        assertEquals("", state.statusProperty().get(), "not 'herindeling.csv wordt gelezen…' for ever");
        assertTrue(oost().hasMember(OLST_WIJHE));
    }

    @Test
    void aReorganisationFileThatCannotBeReadIsNamedOnTheStatusLine() throws Exception {
        editRegion("oost-nederland");
        Path csv = dir.resolve("herindeling.csv");
        Files.writeString(csv, "oud;nieuw\nGM1773;Deventer\n");

        interact(() -> new ReorganisationDialog(state, model(), stage).read(csv));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#error-dialog").tryQuery().isPresent());

        assertEquals("herindeling.csv kon niet worden gelezen; er is niets veranderd", state.statusProperty().get());
        interact(() -> lookup("#error-dialog").query().getScene().getWindow().hide());
    }

    private javafx.scene.control.Button okButton() {
        return lookup(".dialog-pane .button").match(n -> ((javafx.scene.control.Button) n).isDefaultButton())
                .queryButton();
    }

    private javafx.scene.control.Button cancelButton() {
        return lookup(".dialog-pane .button").match(n -> ((javafx.scene.control.Button) n).isCancelButton())
                .queryButton();
    }

    @Test
    void deletingAsksAndCanBeUndone() {
        editRegion("noord-limburg");
        dialogs.confirmDelete = false;
        clickOn("#editor-delete-region");
        assertTrue(state.atlas().region("noord-limburg").isPresent());
        dialogs.confirmDelete = true;
        clickOn("#editor-delete-region");
        assertTrue(state.atlas().region("noord-limburg").isEmpty());
        assertEquals("Ongedaan maken: Regio 'Noord-Limburg' verwijderen", menuItem("menu-undo").getText());
        interact(model()::undo);
        assertTrue(state.atlas().region("noord-limburg").isPresent());
    }

    @Test
    void aPastedListIsResolvedShownAndAppliedOnlyOnConfirm() throws Exception {
        editRegion("noord-limburg");
        Platform.runLater(() -> feature.pane().pasteList());
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> lookup("#paste-input").queryTextInputControl()
                .setText("Neunen, Gewen en Nederwetten\nHengelo\nBergen\nAArnhem"));
        clickOn("#paste-resolve");
        PasteListModel list = feature.pane().lastPasteDialog().model();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.rows().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> chosen = new ArrayList<>();
        list.rows().forEach(r -> chosen.add(r.choiceProperty().get().codes().get(0)));
        assertEquals(List.of(NUENEN, HENGELO, BERGEN_L, ARNHEM), chosen);
        PasteListModel.Row bergen = list.rows().get(2);
        assertTrue(bergen.choices().stream().anyMatch(c -> c.codes().contains(BERGEN_NH)), "the other Bergen is offered");
        assertTrue(list.rows().get(3).confidenceText().endsWith("%"));
        assertFalse(state.atlas().region("noord-limburg").orElseThrow().hasMember(NUENEN), "nothing applied yet");
        var nuenenLine = lookup("#paste-table .table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "Neunen, Gewen en Nederwetten".equals(c.getText())).queryLabeled();
        assertEquals("Neunen, Gewen en Nederwetten", nuenenLine.getTooltip().getText(), "a cut line is whole on hover");

        clickOn("#paste-apply");
        Region r = state.atlas().region("noord-limburg").orElseThrow();
        assertEquals(Set.of(VENLO, NUENEN, HENGELO, BERGEN_L, ARNHEM), r.memberCodes());
        assertEquals("Ongedaan maken: 4 gemeenten toevoegen aan Noord-Limburg", menuItem("menu-undo").getText());
    }

    @Test
    void aListPastedAfterLoadingANewerMunicipalityEditionResolvesInThatEdition() throws Exception {
        editRegion("oost-nederland");
        List<Municipality> newer = new ArrayList<>(state.atlas().municipalities().values());
        newer.add(new Municipality("GM0148", "Dalfsen", "Overijssel",
                new WKTReader().read("POLYGON ((200000 510000, 210000 510000, 210000 520000, 200000 520000, 200000 510000))"),
                null));
        interact(() -> state.atlasProperty().set(new Atlas(newer, Basemap.empty(), state.atlas().data())));

        Platform.runLater(() -> feature.pane().pasteList());
        WaitForAsyncUtils.waitForFxEvents();
        PasteListModel list = feature.pane().lastPasteDialog().model();
        pasteAndResolve(list, "Dalfsen");
        assertEquals(List.of("GM0148"), list.acceptedCodes());
        clickOn("#paste-apply");
        assertTrue(oost().hasMember("GM0148"));
    }

    @Test
    void theOverlapNoteIsForAMunicipalityAClickWouldAddOnly() {
        editRegion("noord-limburg");
        click(ZWOLLE);
        assertTrue(noordLimburg().hasMember(ZWOLLE), "Zwolle now in Noord-Limburg and Oost-Nederland");
        assertEquals("", hoverNote(ZWOLLE), "already a member: nothing would be added");

        interact(() -> state.selectedRegionIdProperty().set("noord-holland-noord"));
        assertTrue(hoverNote(RAALTE).startsWith("Let op: Raalte hoort al bij Oost-Nederland"), hoverNote(RAALTE));
        assertEquals("", hoverNote(ALKMAAR), "Alkmaar is already in the selected region");
    }

    @Test
    void theOverlapNoteFollowsTheSelectedRegionsSectorsNotTheMapsSector() {
        interact(() -> model().perform(a -> Edits.setSectors(a, "oost-nederland", Set.of(Sector.VO), null)));
        interact(() -> model().perform(a -> Edits.setSectors(a, "noord-limburg", Set.of(Sector.VO), null)));
        interact(() -> model().perform(a -> Edits.setSectors(a, "noord-holland-noord", Set.of(Sector.PO), null)));
        interact(() -> state.sectorProperty().set(Sector.PO));

        editRegion("noord-limburg");
        assertTrue(hoverNote(RAALTE).startsWith("Let op: Raalte hoort al bij Oost-Nederland (VO)."), hoverNote(RAALTE));
        assertEquals("", hoverNote(ALKMAAR), "Noord-Holland Noord is a po region; Noord-Limburg serves vo only");

        interact(() -> model().perform(a -> Edits.setSectors(a, "noord-holland-noord", Set.of(Sector.PO, Sector.VO), null)));
        interact(() -> state.selectedRegionIdProperty().set("noord-holland-noord"));
        interact(() -> model().perform(a -> Edits.addMembers(a, "noord-limburg", List.of(RAALTE), null)));
        assertTrue(hoverNote(RAALTE).startsWith(
                "Let op: Raalte hoort al bij Oost-Nederland (VO), Noord-Limburg (VO)."), hoverNote(RAALTE));
    }

    @Test
    void theMinuteTickRightAfterAnEditPutsItInTheRecoveryFile() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        interact(() -> model().tick());
        assertEquals(1, recovery.pending().orElseThrow().edits(), "Deventer's addition is kept should the app crash");
        assertTrue(recovery.pending().orElseThrow().data().regions().get(0).hasMember(DEVENTER));
    }

    @Test
    void aClickWithoutARegionAsksForOneAndChoosingOneClearsTheQuestion() {
        interact(() -> state.editModeProperty().set(true));
        click(ZWOLLE);
        assertEquals("Kies eerst een regio om gemeenten aan toe te voegen of uit te verwijderen",
                state.statusProperty().get());
        interact(() -> state.selectedRegionIdProperty().set("noord-limburg"));
        assertEquals("", state.statusProperty().get());
    }

    @Test
    void aReasonIsStoredWithTheEditsOfItsRegionAndNotCarriedToTheNext() {
        editRegion("oost-nederland");
        interact(() -> model().reasonProperty().set("Herindeling 2024: Olst-Wijhe hoort bij Deventer"));
        assertEquals("Deze reden wordt opgeslagen bij elke wijziging van Oost-Nederland, tot u hem wist of een andere "
                + "regio kiest.", lookup("#editor-reason-note").queryLabeled().getText(), "the editor sees it still applies");
        click(OLST_WIJHE);
        assertTrue(state.statusProperty().get().endsWith("(reden: Herindeling 2024: Olst-Wijhe hoort bij Deventer)"),
                state.statusProperty().get());
        assertTrue(oost().corrections().stream()
                .anyMatch(c -> "Herindeling 2024: Olst-Wijhe hoort bij Deventer".equals(c.reason())));

        interact(() -> state.selectedRegionIdProperty().set("noord-limburg"));
        assertEquals("", lookup("#editor-reason").queryAs(TextField.class).getText());
        assertFalse(lookup("#editor-reason-note").query().isVisible());
        int before = state.atlas().region("noord-limburg").orElseThrow().corrections().size();
        click(ZWOLLE);
        assertEquals(before, state.atlas().region("noord-limburg").orElseThrow().corrections().size(),
                "an edit without a reason records no correction");
    }

    @Test
    void choosingARegionLeavesAnyOtherStatusMessageAlone() {
        interact(() -> state.editModeProperty().set(true));
        click(ZWOLLE);
        interact(() -> state.statusProperty().set("Opgeslagen"));
        interact(() -> state.selectedRegionIdProperty().set("noord-limburg"));
        assertEquals("Opgeslagen", state.statusProperty().get());
    }

    @Test
    void theModeBarStandsAboveTheMapNotOverIt() {
        editRegion("noord-limburg");
        javafx.scene.control.Label banner = lookup("#edit-banner").queryAs(javafx.scene.control.Label.class);
        assertTrue(banner.isVisible());
        assertEquals("Bewerkmodus: klik een gemeente om haar toe te voegen of te verwijderen; shift-slepen "
                + "schildert meerdere", banner.getText());
        var map = lookup("#map-pane").query();
        double bannerBottom = banner.localToScene(banner.getLayoutBounds()).getMaxY();
        assertTrue(bannerBottom <= map.localToScene(map.getLayoutBounds()).getMinY() + 0.5,
                "the legend and the map's top stay in view");
    }

    private String hoverNote(String code) {
        return state.mapEditHandlerProperty().get().hoverNote(code).orElse("");
    }

    private Region noordLimburg() {
        return state.atlas().region("noord-limburg").orElseThrow();
    }

    @Test
    void aLineThatWasNotFoundShowsNoMunicipalityEvenWhenItsCellShowedOneBefore() throws Exception {
        editRegion("noord-limburg");
        Platform.runLater(() -> feature.pane().pasteList());
        WaitForAsyncUtils.waitForFxEvents();
        PasteListModel list = feature.pane().lastPasteDialog().model();
        pasteAndResolve(list, "Zwolle\nDeventer\nRaalte");
        assertMatchCellsShowTheirOwnRow(list);

        // The same cells are reused for the new lines: the first one now has no match at all.
        pasteAndResolve(list, "Xyzzyville\nZwolle\nQwertyhuizen\nDeventer");
        assertNull(list.rows().get(0).choiceProperty().get());
        assertMatchCellsShowTheirOwnRow(list);
        assertEquals(List.of(ZWOLLE, DEVENTER), list.acceptedCodes());

        clickOn("#paste-apply");
        assertEquals(Set.of(VENLO, ZWOLLE, DEVENTER), state.atlas().region("noord-limburg").orElseThrow().memberCodes());
    }

    @Test
    void aPastedListOfMembersOnlySaysNothingWasAdded() throws Exception {
        editRegion("oost-nederland");
        Platform.runLater(() -> feature.pane().pasteList());
        WaitForAsyncUtils.waitForFxEvents();
        pasteAndResolve(feature.pane().lastPasteDialog().model(), "Zwolle\nRaalte");

        clickOn("#paste-apply");

        assertEquals("Alle 2 gemeenten horen al bij Oost-Nederland; er is niets toegevoegd", state.statusProperty().get());
        assertFalse(model().historyState().canUndoProperty().get(), "no step to undo");
    }

    @Test
    void textEditedAfterRecognisingMustBeRecognisedAgainBeforeAnythingIsAdded() throws Exception {
        editRegion("noord-limburg");
        Platform.runLater(() -> feature.pane().pasteList());
        WaitForAsyncUtils.waitForFxEvents();
        PasteListModel list = feature.pane().lastPasteDialog().model();
        pasteAndResolve(list, "Zwolle");
        assertFalse(lookup("#paste-apply").query().isDisabled());

        interact(() -> lookup("#paste-input").queryTextInputControl().setText("Deventer"));
        assertTrue(lookup("#paste-apply").query().isDisabled(), "Zwolle, recognised from the old text, is not added");
        assertEquals("De tekst is gewijzigd: kies Herkennen om hem opnieuw te herkennen.",
                lookup("#paste-summary").queryLabeled().getText());

        pasteAndResolve(list, "Deventer");
        clickOn("#paste-apply");
        assertEquals(Set.of(VENLO, DEVENTER), noordLimburg().memberCodes());
    }

    private void pasteAndResolve(PasteListModel list, String text) throws Exception {
        interact(() -> lookup("#paste-input").queryTextInputControl().setText(text));
        int lines = text.split("\n").length;
        interact(() -> list.rows().clear());
        clickOn("#paste-resolve");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.rows().size() == lines);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every visible match cell shows the match of the line in its own row, or "Niet gevonden". */
    private void assertMatchCellsShowTheirOwnRow(PasteListModel list) {
        List<javafx.scene.control.TableCell<?, ?>> cells = lookup("#paste-table .table-cell").queryAll().stream()
                .<javafx.scene.control.TableCell<?, ?>>map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && "Gemeente".equals(c.getTableColumn().getText()))
                .filter(c -> !c.isEmpty() && c.getIndex() >= 0 && c.getIndex() < list.rows().size())
                .toList();
        assertEquals(list.rows().size(), cells.size(), "one match cell per line");
        for (var cell : cells) {
            PasteListModel.Row row = list.rows().get(cell.getIndex());
            if (row.choices().isEmpty()) {
                assertNull(cell.getGraphic(), row.match().text() + " shows no municipality");
                assertEquals("Niet gevonden", cell.getText());
                continue;
            }
            var box = (javafx.scene.control.ComboBox<?>) cell.getGraphic();
            assertEquals(row.choiceProperty().get(), box.getValue(), row.match().text());
            assertEquals(row.choices(), box.getItems());
            String shownText = ((javafx.scene.control.ListCell<?>) box.getButtonCell()).getText();
            assertEquals(row.choiceProperty().get() == null ? "Niet gevonden" : row.choiceProperty().get().label(),
                    shownText, row.match().text());
        }
    }

    @Test
    void theValidationPanelUpdatesAfterAnEditAndSelectsOnClick() throws Exception {
        editRegion("noord-limburg");
        long first = feature.validation().runs();
        // Any validation will do: the panel shows what the shared findings report, whoever made them.
        interact(() -> state.findings().validateWith((atlas, graph) -> atlas.regions().stream()
                .filter(r -> r.memberCodes().size() < 2)
                .map(r -> Finding.of(Severity.WARNING, "test", r.id(), null, "check.scope-territory.regional",
                        r.displayName()))
                .toList()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> feature.validation().runs() > first);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0 fouten, 2 waarschuwingen", lookup("#validation-status").queryLabeled().getText());
        assertEquals("0 fouten, 2 waarschuwingen", lookup("#status-findings").queryLabeled().getText());

        long before = feature.validation().runs();
        click(BERGEN_L);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> feature.validation().runs() > before);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0 fouten, 1 waarschuwing", lookup("#validation-status").queryLabeled().getText());

        interact(() -> {
            var tree = feature.validation().tree();
            tree.getSelectionModel().select(tree.getRoot().getChildren().get(0).getChildren().get(0));
        });
        assertEquals("noord-holland-noord", state.selectedRegionIdProperty().get());
    }

    @Test
    void aClickOnTheChosenFindingShowsItsRegionAgain() throws Exception {
        editRegion("noord-limburg");
        long first = feature.validation().runs();
        interact(() -> state.findings().validateWith((atlas, graph) -> List.of(Finding.of(Severity.WARNING, "test",
                "noord-holland-noord", null, "check.scope-territory.regional", "Noord-Holland Noord"))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> feature.validation().runs() > first);
        interact(() -> lookup("#editor-form").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        javafx.scene.Node finding = lookup("#validation-tree .tree-cell")
                .match(n -> String.valueOf(((javafx.scene.control.TreeCell<?>) n).getText()).startsWith("Noord-Holland Noord"))
                .query();
        clickOn(finding);
        assertEquals("noord-holland-noord", state.selectedRegionIdProperty().get());

        // The editor moves on, e.g. by choosing another region in the legend, and comes back to the finding.
        interact(() -> state.selectedRegionIdProperty().set("oost-nederland"));
        clickOn(finding);

        assertEquals("noord-holland-noord", state.selectedRegionIdProperty().get());
    }

    @Test
    void theRealValidatorReportsANationalRegionWithMembersAsAnError() throws Exception {
        editRegion("noord-limburg");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> feature.validation().runs() >= 1);
        long before = feature.validation().runs();
        assertTrue(feature.validation().findings().stream().noneMatch(f -> f.severity() == Severity.ERROR
                && "noord-limburg".equals(f.regionId())), feature.validation().findings().toString());
        clickOn("#editor-scope-national");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> feature.validation().runs() > before);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(feature.validation().findings().stream().anyMatch(f -> f.severity() == Severity.ERROR
                && "noord-limburg".equals(f.regionId())), feature.validation().findings().toString());
        assertTrue(lookup("#validation-status").queryLabeled().getText().startsWith("1 fout"),
                lookup("#validation-status").queryLabeled().getText());
    }

    @Test
    void savingKeepsABakAndLogsTheChange() throws Exception {
        byte[] before = Files.readAllBytes(dataFile);
        editRegion("oost-nederland");
        click(DEVENTER);
        clickOn("#map-pane");
        int saves = state.savesWrittenProperty().get();
        push(KeyCode.CONTROL, KeyCode.S);
        assertEquals(saves + 1, state.savesWrittenProperty().get(), "the region's history is read anew");
        assertArrayEquals(before, Files.readAllBytes(AtomicFile.backupOf(dataFile)));
        assertTrue(new RegionFileReader().read(dataFile, null).regions().get(0).hasMember(DEVENTER));
        assertFalse(model().historyState().dirtyProperty().get());
        String log = Files.readString(dir.resolve("onderwijsregios.changes.jsonl"));
        assertTrue(log.contains("\"editor\":\"Anne de Vries\""), log);
        assertTrue(log.contains("Deventer toevoegen aan Oost-Nederland"), log);
        assertTrue(log.contains("Oost-Nederland: Deventer (GM0150) toegevoegd"), "what the step changed: " + log);
    }

    @Test
    void savingGoesToTheFileTheOpenerNamedAfterLoading() throws Exception {
        Path opened = dir.resolve("elders").resolve("regios.json");
        Files.createDirectories(opened.getParent());
        Files.write(opened, new RegionFileWriter().toBytes(EditFixture.atlas().data()));
        byte[] untouched = Files.readAllBytes(dataFile);
        showOpened(opened);
        editRegion("oost-nederland");
        click(DEVENTER);
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        assertTrue(new RegionFileReader().read(opened, null).regions().get(0).hasMember(DEVENTER));
        assertArrayEquals(untouched, Files.readAllBytes(dataFile));
        assertTrue(Files.exists(opened.resolveSibling("regios.changes.jsonl")));
    }

    @Test
    void savingIntoAReadOnlyFolderSaysWhichFolderAndKeepsTheWork() throws Exception {
        Path opened = dir.resolve("gedeeld").resolve("regios.json");
        Files.createDirectories(opened.getParent());
        Files.write(opened, new RegionFileWriter().toBytes(EditFixture.atlas().data()));
        byte[] before = Files.readAllBytes(opened);
        showOpened(opened);
        editRegion("oost-nederland");
        click(DEVENTER);
        dialogs.errorExpected = true;
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);

        EditorModel.SaveOutcome outcome;
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.make(opened.getParent())) {
            outcome = interactAndGet(model()::save);
        }

        assertEquals(EditorModel.SaveOutcome.FAILED, outcome);
        assertEquals("Opslaan van regios.json is mislukt: in de map " + opened.getParent().toAbsolutePath()
                + " kunnen geen bestanden worden gemaakt (alleen-lezen, of geen schrijfrechten); het bestand op"
                + " schijf is ongewijzigd", state.statusProperty().get());
        assertTrue(dialogs.shownError instanceof FolderNotWritableException, String.valueOf(dialogs.shownError));
        assertArrayEquals(before, Files.readAllBytes(opened));
        assertTrue(model().historyState().dirtyProperty().get(), "the editor's work is still there, to save elsewhere");
    }

    @Test
    void aSaveIsRefusedWhenTheFileChangedOnDisk() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        Atlas theirs = Edits.addMembers(EditFixture.atlas(), "noord-holland-noord", List.of(BERGEN_NH), null)
                .apply(EditFixture.atlas());
        Files.write(dataFile, new RegionFileWriter().toBytes(theirs.data()));
        byte[] colleague = Files.readAllBytes(dataFile);
        dialogs.conflict = EditorDialogs.Conflict.CANCEL;

        EditorModel.SaveOutcome outcome = interactAndGet(model()::save);

        assertEquals(EditorModel.SaveOutcome.CANCELLED, outcome);
        assertArrayEquals(colleague, Files.readAllBytes(dataFile));
        // Each difference says which version has what: "toegevoegd" alone did not say from whose side.
        assertTrue(dialogs.differences.contains(
                "Noord-Holland Noord: Bergen (NH.) (GM0373) — Uw versie: geen lid / Versie op schijf: lid"),
                dialogs.differences.toString());
        assertTrue(dialogs.differences.contains(
                "Oost-Nederland: Deventer (GM0150) — Uw versie: lid / Versie op schijf: geen lid"),
                dialogs.differences.toString());
        assertTrue(model().historyState().dirtyProperty().get(), "the editor's work is still there");

        dialogs.conflict = EditorDialogs.Conflict.RELOAD;
        interactAndGet(model()::save);
        assertTrue(state.atlas().region("noord-holland-noord").orElseThrow().hasMember(BERGEN_NH));
        assertFalse(model().historyState().dirtyProperty().get());
    }

    @Test
    void unsavedWorkIsRecoveredAfterASimulatedCrash() throws Exception {
        addDeventerToOostNederlandCrashAndRestart();
        assertTrue(dialogs.restoreAsked);
        assertTrue(oost().hasMember(DEVENTER));
        assertTrue(model().historyState().dirtyProperty().get(), "restored work still needs saving");
        interactAndGet(model()::save);
        assertTrue(recovery.pending().isEmpty(), "saving clears the recovery file");
    }

    /** Deventer added to Oost-Nederland and autosaved; then the crash, and a new start that restores the work. */
    private void addDeventerToOostNederlandCrashAndRestart() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        interact(model()::autosaveNow);
        // The crash: the window is gone without saving or discarding.
        FxToolkit.cleanupStages();
        dialogs.restore = true;
        session(EditFixture.atlas());
    }

    @Test
    void anEditUndoneAfterTheAutosaveIsNotOfferedBackOnTheNextStart() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        interact(model()::autosaveNow);
        interact(model()::undo);
        assertTrue(interactAndGet(model()::confirmClose), "nothing unsaved: closing asks nothing");
        FxToolkit.cleanupStages();
        dialogs.restore = true;
        session(EditFixture.atlas());
        assertFalse(dialogs.restoreAsked, "Deventer's addition was undone; there is nothing to restore");
        assertFalse(oost().hasMember(DEVENTER));
    }

    @Test
    void theMinuteTickAfterUndoingBackToTheSavedDataClearsTheRecoveryFile() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        interact(() -> model().tick());
        assertTrue(recovery.pending().isPresent());
        interact(model()::undo);
        interact(() -> model().tick());
        assertTrue(recovery.pending().isEmpty(), "a crash now must not bring Deventer back");
    }

    @Test
    void aCleanSessionLeavesTheRecoveryOfAnotherFileAlone() throws Exception {
        Path other = dir.resolve("elders").resolve("regios.json");
        recovery.save(other, null, 3, EditFixture.atlas().data(), java.time.Instant.parse("2026-11-23T13:05:00Z"));
        interact(() -> model().tick());
        interact(model()::autosaveNow);
        assertTrue(interactAndGet(model()::confirmClose));
        assertEquals(other.toAbsolutePath(), recovery.pending().orElseThrow().dataFile(),
                "the other file's unsaved work is still there to restore when it is opened");
    }

    @Test
    void theFirstSaveAfterARestoreLogsThatTheWorkWasRestored() throws Exception {
        addDeventerToOostNederlandCrashAndRestart();
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));

        List<nl.onderwijsregio.atlas.core.edit.ChangeLog.Entry> log =
                nl.onderwijsregio.atlas.core.edit.ChangeLog.beside(dataFile).read();
        nl.onderwijsregio.atlas.core.edit.ChangeLog.Change restored = log.get(log.size() - 1).changes().get(0);
        assertEquals("Niet-opgeslagen werk van een onderbroken sessie hersteld uit het herstelbestand", restored.step());
        assertEquals(List.of("oost-nederland"), restored.regions(), "Oost-Nederland's history shows it");
    }

    @Test
    void aSaveWhoseChangeLogCannotBeWrittenSaysBothThatItSavedAndWhyTheLogFailed() throws Exception {
        // A folder where the change log should be: appending to it fails, the data itself saves fine.
        Files.createDirectories(dir.resolve("onderwijsregios.changes.jsonl"));
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        editRegion("oost-nederland");
        click(DEVENTER);
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        assertTrue(new RegionFileReader().read(dataFile, null).regions().get(0).hasMember(DEVENTER));
        String status = state.statusProperty().get();
        assertTrue(status.startsWith("Opgeslagen in onderwijsregios.json, maar het wijzigingslogboek"
                + " onderwijsregios.changes.jsonl kon niet worden bijgewerkt: "), status);
    }

    @Test
    void anUnreadableRecoveryFileIsToldInDutchOnTheStatusLine() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        interact(model()::autosaveNow);
        FxToolkit.cleanupStages();
        Path broken = recovery.dir().resolve("recovery.json");
        Files.writeString(broken, "{ \"schemaVersion\": 1, \"regions\": [ }");
        // Described by its recovery.properties (as one written by another version would be), so it is not a torn
        // pair, which is passed over, but a recovery this version cannot read.
        Path meta = recovery.dir().resolve("recovery.properties");
        Files.writeString(meta, Files.readString(meta).replaceAll("dataHash=\\w+",
                "dataHash=" + nl.onderwijsregio.atlas.core.edit.RegionFileStore.hashOf(broken)));
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        session(EditFixture.atlas());
        String status = state.statusProperty().get();
        assertTrue(status.startsWith("Het herstelbestand kan niet worden gelezen: " + broken + ", regel 1, kolom "),
                status);
        assertTrue(status.contains(": ongeldige JSON: onverwacht teken '}' waar ']' verwacht werd"), status);
        assertTrue(Files.exists(broken), "left in place for inspection");
    }

    @Test
    void whileEditingTheTitleNamesTheFileASaveWritesTo() throws Exception {
        System.gc(); // the title follows for as long as the window lives, not until the first collection
        editRegion("oost-nederland");
        assertEquals("onderwijsregios.json – Onderwijsregio Atlas", stage.getTitle());
        click(DEVENTER);
        assertEquals("• onderwijsregios.json – Onderwijsregio Atlas", stage.getTitle());

        interact(() -> state.editModeProperty().set(false));
        assertEquals("• Onderwijsregio Atlas", stage.getTitle(), "browsing: only the mark of unsaved work");

        // A colleague saved meanwhile: the work goes to a new file, which the title names from then on.
        Files.writeString(dataFile, Files.readString(dataFile).replace("Noord-Limburg", "Limburg-Noord"));
        dialogs.conflict = EditorDialogs.Conflict.SAVE_AS;
        interact(() -> state.editModeProperty().set(true));
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        assertTrue(stage.getTitle().matches("onderwijsregios-\\d{8}-\\d{4}\\.json – Onderwijsregio Atlas"),
                stage.getTitle());
    }

    @Test
    void openingAnotherFileOverUnsavedWorkAsksAndCancelKeepsTheWork() {
        editRegion("oost-nederland");
        click(DEVENTER);
        dialogs.beforeOpening = EditorDialogs.Close.CANCEL;
        assertFalse(interactAndGet(state::mayReplaceData));
        assertTrue(oost().hasMember(DEVENTER));
        assertTrue(model().historyState().dirtyProperty().get());
    }

    @Test
    void savingBeforeOpeningAnotherFileWritesTheWorkToItsOwnFile() throws Exception {
        editRegion("oost-nederland");
        click(DEVENTER);
        dialogs.beforeOpening = EditorDialogs.Close.SAVE;
        assertTrue(interactAndGet(state::mayReplaceData));
        assertTrue(new RegionFileReader().read(dataFile, null).regions().get(0).hasMember(DEVENTER));
    }

    @Test
    void workDiscardedForAnotherFileIsNeitherRecoveredNorSavedIntoThatFile() throws Exception {
        Path other = dir.resolve("elders").resolve("regios.json");
        Files.createDirectories(other.getParent());
        Files.write(other, new RegionFileWriter().toBytes(EditFixture.atlas().data()));
        byte[] untouched = Files.readAllBytes(dataFile);
        editRegion("oost-nederland");
        click(DEVENTER);
        interact(model()::autosaveNow);
        dialogs.beforeOpening = EditorDialogs.Close.DISCARD;
        assertTrue(interactAndGet(state::mayReplaceData));
        showOpened(other);

        assertFalse(dialogs.restoreAsked, "the discarded work is not offered back");
        assertTrue(recovery.pending().isEmpty());
        assertFalse(oost().hasMember(DEVENTER));
        assertFalse(model().historyState().dirtyProperty().get());
        editRegion("oost-nederland");
        click(OLST_WIJHE);
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        Region saved = new RegionFileReader().read(other, null).regions().get(0);
        assertTrue(saved.hasMember(OLST_WIJHE));
        assertFalse(saved.hasMember(DEVENTER));
        assertArrayEquals(untouched, Files.readAllBytes(dataFile));
    }

    /** What the File menu's opener does once {@code regions} has loaded: name the files, then show the atlas. */
    private void showOpened(Path regions) throws Exception {
        Atlas opened = EditFixture.atlas().withData(new RegionFileReader().read(regions, null));
        interact(() -> state.showLoaded(opened, state.geometryProperty().get(), null, regions));
    }

    @Test
    void closingWithUnsavedChangesAsks() {
        editRegion("oost-nederland");
        click(DEVENTER);
        dialogs.close = EditorDialogs.Close.CANCEL;
        assertFalse(interactAndGet(model()::confirmClose));
        dialogs.close = EditorDialogs.Close.DISCARD;
        assertTrue(interactAndGet(model()::confirmClose));
    }

    private <T> T interactAndGet(java.util.concurrent.Callable<T> call) {
        List<T> box = new ArrayList<>();
        interact(() -> {
            try {
                box.add(call.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return box.get(0);
    }

    /** Answers the editor's questions as each test sets them, and records what was asked. */
    static final class ScriptedDialogs implements EditorDialogs {
        Conflict conflict = Conflict.CANCEL;
        Close close = Close.CANCEL;
        Close beforeOpening = Close.CANCEL;
        boolean restore;
        boolean restoreAsked;
        boolean confirmDelete = true;
        List<String> differences = List.of();
        boolean errorExpected;
        Throwable shownError;

        @Override
        public Optional<String> askEditorName() {
            return Optional.of("Anne de Vries");
        }

        @Override
        public Conflict askConflict(Path file, List<String> diff) {
            differences = diff;
            return conflict;
        }

        @Override
        public Optional<Path> chooseSaveAsFile(Path suggestion) {
            return Optional.of(suggestion);
        }

        @Override
        public boolean askRestore(RecoveryStore.Snapshot snapshot) {
            restoreAsked = true;
            return restore;
        }

        @Override
        public Close askClose() {
            return close;
        }

        @Override
        public Close askBeforeOpening() {
            return beforeOpening;
        }

        @Override
        public boolean confirmDelete(String regionName) {
            return confirmDelete;
        }

        @Override
        public void showError(Throwable error) {
            if (!errorExpected) {
                throw new AssertionError("unexpected error dialog", error);
            }
            shownError = error;
        }
    }
}
