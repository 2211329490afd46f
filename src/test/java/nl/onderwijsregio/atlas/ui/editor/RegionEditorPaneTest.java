package nl.onderwijsregio.atlas.ui.editor;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.event.ActionEvent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.onderwijsregio.atlas.core.data.RegionFileReader;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.edit.EditFixture;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.edit.RecoveryStore;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.MainWindow;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The region form in a real main window: text typed in a field that commits on Enter or on leaving it belongs to
 * the region and reason it was typed for, whatever comes first (a save, closing, another file, another region).
 */
class RegionEditorPaneTest extends FxRobot {

    private static final String STEDENDRIEHOEK = "Regio Stedendriehoek";

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path dataFile;
    private AtlasState state;
    private EditorFeature feature;

    @BeforeEach
    void open() throws Exception {
        Messages.use(Messages.DUTCH);
        session();
    }

    /** A fresh window in the language in use: every view reads its texts when it is built. */
    private void session() throws Exception {
        dataFile = dir.resolve("onderwijsregios.json");
        Files.write(dataFile, new RegionFileWriter().toBytes(EditFixture.atlas().data()));
        FxToolkit.registerPrimaryStage();
        EditorSession session = EditorSession.open(dataFile, new RecoveryStore(dir.resolve("appdata")), dialogs,
                EditFixture.atlas());
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

    private void editOost() {
        interact(() -> {
            state.editModeProperty().set(true);
            state.selectedRegionIdProperty().set("oost-nederland");
        });
    }

    private TextField field(String id) {
        return lookup("#" + id).queryAs(TextField.class);
    }

    /** Clicks into the field and types {@code text} without pressing Enter or leaving it. */
    private TextField typeIn(String id, String text) {
        TextField field = field(id);
        clickOn(field);
        interact(() -> field.setText(text));
        return field;
    }

    private <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(call));
    }

    private boolean saveDisabled() {
        MenuItem save = ((MainWindow) lookup("#main-window").query()).menu("menu-file").getItems().stream()
                .filter(i -> "menu-save".equals(i.getId())).findFirst().orElseThrow();
        return save.isDisable();
    }

    private String banner() {
        return lookup("#edit-banner").queryAs(Label.class).getText();
    }

    @Test
    void ctrlSSavesTheNameStillBeingTyped() throws Exception {
        editOost();
        interact(() -> state.mapEditHandlerProperty().get().stroke(List.of(DEVENTER)));
        typeIn("editor-name", STEDENDRIEHOEK);

        push(KeyCode.CONTROL, KeyCode.S);

        Region saved = new RegionFileReader().read(dataFile, null).regions().get(0);
        assertEquals(STEDENDRIEHOEK, saved.displayName());
        assertTrue(saved.hasMember(DEVENTER));
        assertFalse(model().historyState().dirtyProperty().get(), "the title loses its • only when the file has everything");
    }

    @Test
    void ctrlSSavesAFigureTypedAsTheOnlyChange() throws Exception {
        editOost();
        assertTrue(saveDisabled(), "nothing to save yet");
        typeIn("editor-figure-leerlingenStudenten", "70781");
        assertFalse(saveDisabled(), "the typed figure is work to save");

        push(KeyCode.CONTROL, KeyCode.S);

        Region saved = new RegionFileReader().read(dataFile, null).regions().get(0);
        assertEquals(70781L, saved.keyFigures().get(KeyFigure.LEERLINGEN_STUDENTEN).getAsLong());
        assertTrue(saveDisabled(), "everything typed is saved");
    }

    /** The detail pane says "70.780"; the form said "70780", the same figure read as another one. */
    @Test
    void aFigureStandsInTheFormGroupedAsTheDetailPaneShowsIt() {
        editOost();
        TextField pupils = typeIn("editor-figure-leerlingenStudenten", "70780");
        interact(() -> pupils.fireEvent(new ActionEvent()));

        assertEquals(70_780L, oost().keyFigures().get(KeyFigure.LEERLINGEN_STUDENTEN).getAsLong());
        assertEquals("70.780", pupils.getText());
        assertFalse(feature.pane().typingProperty().get(), "shown, not typed text");

        interact(() -> pupils.fireEvent(new ActionEvent()));
        assertEquals(1, model().history().undoDepth(), "read back as the same figure: no second step");
    }

    @Test
    void inEnglishAFigureStandsInTheFormAsTheEnglishDetailPaneShowsItAndIsReadBackSo() throws Exception {
        FxToolkit.cleanupStages();
        Messages.use(Messages.ENGLISH);
        try {
            session();
            editOost();
            TextField pupils = typeIn("editor-figure-leerlingenStudenten", "70,780");
            interact(() -> pupils.fireEvent(new ActionEvent()));

            assertEquals(70_780L, oost().keyFigures().get(KeyFigure.LEERLINGEN_STUDENTEN).getAsLong());
            assertEquals("70,780", pupils.getText());
            interact(() -> pupils.fireEvent(new ActionEvent()));
            assertEquals(1, model().history().undoDepth(), "\"70,780\" read back as the same figure");
        } finally {
            Messages.use(Messages.DUTCH);
        }
    }

    @Test
    void aFigureRetypedAsTheSameValueIsNoLongerWorkToSave() {
        editOost();
        TextField pupils = typeIn("editor-figure-leerlingenStudenten", "  ");
        assertFalse(saveDisabled());
        interact(() -> pupils.fireEvent(new ActionEvent()));

        assertEquals("", pupils.getText(), "blank is the unknown figure Oost-Nederland already has");
        assertTrue(saveDisabled());
    }

    @Test
    void aFigureStillBeingTypedThatIsRefusedStopsTheSaveWithItsOwnMessage() throws Exception {
        editOost();
        interact(() -> state.mapEditHandlerProperty().get().stroke(List.of(DEVENTER)));
        byte[] before = Files.readAllBytes(dataFile);
        TextField pupils = typeIn("editor-figure-leerlingenStudenten", "-4");

        assertEquals(EditorModel.SaveOutcome.REFUSED, onFx(model()::save));

        assertArrayEquals(before, Files.readAllBytes(dataFile));
        assertEquals("Niet opgeslagen: Leerlingen en studenten: „-4” is geen heel getal van 0 of meer (laat leeg voor"
                + " onbekend). Verbeter of wis die waarde en sla opnieuw op.", state.statusProperty().get(),
                "nothing was saved, and the status line says so");
        assertEquals("-4", pupils.getText(), "the refused value stays to be corrected");
        assertTrue(model().historyState().dirtyProperty().get(), "Deventer's addition still needs saving");
    }

    @Test
    void theRefusedSaveMessageGoesOnceTheFigureIsPutRight() throws Exception {
        editOost();
        interact(() -> state.mapEditHandlerProperty().get().stroke(List.of(DEVENTER)));
        TextField pupils = typeIn("editor-figure-leerlingenStudenten", "-4");
        assertEquals(EditorModel.SaveOutcome.REFUSED, onFx(model()::save));

        // blank: the unknown figure Oost-Nederland already has, so no edit says anything in its place
        interact(() -> pupils.setText(""));
        interact(() -> pupils.fireEvent(new ActionEvent()));

        assertEquals("", state.statusProperty().get(), "no 'Niet opgeslagen' over a figure that is now accepted");
    }

    @Test
    void closingWhileANameIsStillBeingTypedAsksAboutIt() throws Exception {
        editOost();
        typeIn("editor-name", STEDENDRIEHOEK);
        dialogs.close = EditorDialogs.Close.CANCEL;

        assertFalse(onFx(model()::confirmClose), "the typed name is unsaved work");
        assertEquals(STEDENDRIEHOEK, oost().displayName());
        assertTrue(model().historyState().dirtyProperty().get());
    }

    @Test
    void openingAnotherFileWhileANameIsStillBeingTypedAsksAboutIt() throws Exception {
        editOost();
        typeIn("editor-name", STEDENDRIEHOEK);
        dialogs.beforeOpening = EditorDialogs.Close.CANCEL;

        assertFalse(onFx(state::mayReplaceData), "the typed name is unsaved work");
        assertEquals(STEDENDRIEHOEK, oost().displayName());
    }

    @Test
    void aNameDiscardedForAnotherFileIsNotCarriedIntoIt() throws Exception {
        editOost();
        TextField name = typeIn("editor-name", STEDENDRIEHOEK);
        dialogs.beforeOpening = EditorDialogs.Close.DISCARD;
        assertTrue(onFx(state::mayReplaceData));

        showOpened(EditFixture.atlas());

        assertEquals("Oost-Nederland", name.getText());
        clickOn("#editor-reason");
        assertEquals("Oost-Nederland", oost().displayName());
        assertFalse(model().historyState().dirtyProperty().get());
    }

    @Test
    void aVoorloperNoteIsKeptWhenTheFocusMovesOnToAFigure() {
        editOost();
        typeIn("editor-voorloper-note", "Voorloper sinds de pilot van 2023");
        TextField pupils = typeIn("editor-figure-leerlingenStudenten", "58632");
        interact(() -> pupils.getOnAction().handle(null));

        assertEquals("Voorloper sinds de pilot van 2023", oost().voorloperNote());
        assertEquals("Voorloper sinds de pilot van 2023", field("editor-voorloper-note").getText());
        assertEquals(58_632L, oost().keyFigures().get(KeyFigure.LEERLINGEN_STUDENTEN).getAsLong());
    }

    @Test
    void aVoorloperNoteBeingTypedSurvivesAnEditOfTheMembers() {
        editOost();
        TextField note = typeIn("editor-voorloper-note", "Voorloper sinds de pilot van 2023");

        interact(() -> state.mapEditHandlerProperty().get().stroke(List.of(DEVENTER)));

        assertTrue(oost().hasMember(DEVENTER));
        assertEquals("Voorloper sinds de pilot van 2023", note.getText());
    }

    @Test
    void aNameTypedBeforeChoosingAnotherRegionIsStoredWithItsReason() {
        editOost();
        interact(() -> model().reasonProperty().set("Naam volgens het convenant"));
        typeIn("editor-name", STEDENDRIEHOEK);

        // A click on a legend row: the selection changes, the focus stays in the name field.
        interact(() -> state.selectedRegionIdProperty().set("noord-limburg"));

        assertEquals(STEDENDRIEHOEK, oost().displayName());
        assertTrue(oost().corrections().stream().anyMatch(c -> "Naam volgens het convenant".equals(c.reason())),
                oost().corrections().toString());
        assertEquals("", model().reasonProperty().get(), "the reason is not carried to Noord-Limburg");
    }

    @Test
    void undoingANewRegionLeavesNothingSelected() {
        editOost();
        interact(() -> {
            model().perform(a -> Edits.createRegion(a, "Twente", Set.of(Sector.PO)));
            state.selectedRegionIdProperty().set("twente");
        });

        interact(model()::undo);

        assertNull(state.selectedRegionIdProperty().get());
        assertEquals("Bewerkmodus: klik op een regio om die te bewerken, of kies er een in het paneel rechts", banner());
    }

    @Test
    void deletingTheChosenRegionEmptiesTheForm() {
        editOost();
        interact(() -> {
            field("editor-figure-leerlingenStudenten").setText("70780");
            field("editor-figure-leerlingenStudenten").fireEvent(new ActionEvent());
        });

        interact(() -> model().deleteRegion("oost-nederland"));

        assertNull(state.selectedRegionIdProperty().get());
        assertEquals("", field("editor-name").getText(), "the deleted region's name does not linger");
        assertEquals("", field("editor-figure-leerlingenStudenten").getText());
        assertEquals("", lookup("#editor-members").queryAs(Label.class).getText());
        assertTrue(lookup("#editor-delete-region").query().isDisabled(), "nothing chosen, nothing to delete");
    }

    @Test
    void undoingADeletionShowsTheRegionAgain() {
        editOost();
        interact(() -> model().deleteRegion("oost-nederland"));

        interact(model()::undo);

        assertEquals("oost-nederland", state.selectedRegionIdProperty().get());
        assertEquals("Oost-Nederland", field("editor-name").getText());
        assertEquals("2 gemeenten", lookup("#editor-members").queryAs(Label.class).getText());
        assertEquals("Ongedaan gemaakt: Regio „Oost-Nederland” verwijderen", state.statusProperty().get());
    }

    @Test
    void aRefusedFigurePutBackToItsValueLeavesNoComplaintOnTheStatusLine() {
        editOost();
        TextField pupils = typeIn("editor-figure-leerlingenStudenten", "5x3");
        interact(() -> pupils.fireEvent(new ActionEvent()));
        assertEquals("Leerlingen en studenten: „5x3” is geen heel getal van 0 of meer (laat leeg voor onbekend)",
                state.statusProperty().get());

        interact(() -> {
            pupils.setText("");
            pupils.fireEvent(new ActionEvent());
        });

        assertEquals("", state.statusProperty().get(), "the unknown figure Oost-Nederland has is not an error");
        assertEquals("", lookup("#editor-figure-problem").queryAs(Label.class).getText());
    }

    @Test
    void typingAReasonDoesNotMoveTheNameFieldUnderThePointer() {
        editOost();
        // A longer name, as in the audit: the note that the reason applies then takes a line more than the hint.
        interact(() -> model().perform(a -> Edits.rename(a, "oost-nederland", "Zwolle en omgeving", null)));
        double before = topOfTheNameField();

        interact(() -> model().reasonProperty().set("H"));
        double typing = topOfTheNameField();
        interact(() -> model().reasonProperty().set("Herindeling 2024: Olst-Wijhe hoort bij Deventer"));

        assertEquals(before, typing, 0.5, "the note under the reason changed its text, not its height");
        assertEquals(before, topOfTheNameField(), 0.5);
    }

    private double topOfTheNameField() {
        TextField name = field("editor-name");
        interact(() -> {
            name.getScene().getRoot().applyCss();
            name.getScene().getRoot().layout();
        });
        return name.localToScene(name.getLayoutBounds()).getMinY();
    }

    @Test
    void aRefusedFigureLeftForAnotherRegionIsSaidNotSavedAndItsComplaintGoes() {
        editOost();
        TextField boardsVo = typeIn("editor-figure-besturenVo", "-3");
        interact(() -> boardsVo.fireEvent(new ActionEvent()));

        interact(() -> state.selectedRegionIdProperty().set("noord-limburg"));

        assertEquals("„-3” bij Schoolbesturen vo van Oost-Nederland is niet opgeslagen: geen heel getal van 0 of meer",
                state.statusProperty().get(), "not dropped without a word, nor Oost-Nederland's complaint left standing");
        assertEquals("", lookup("#editor-figure-problem").queryAs(Label.class).getText());
        assertEquals("", boardsVo.getText(), "Noord-Limburg's own (unknown) figure");
        assertFalse(boardsVo.getStyleClass().contains("invalid"));
    }

    @Test
    void aRefusedNameLeftForAnotherRegionIsSaidNotSaved() {
        editOost();
        typeIn("editor-name", "Noord-Limburg");

        interact(() -> state.selectedRegionIdProperty().set("noord-holland-noord"));

        assertEquals("Oost-Nederland", oost().displayName());
        assertEquals("„Noord-Limburg” als naam van Oost-Nederland is niet opgeslagen: er is al een regio met de naam "
                + "„Noord-Limburg”", state.statusProperty().get());
    }

    @Test
    void aComplaintAboutAFigurePutRightBeforeLeavingDoesNotFollowIntoTheNextRegion() {
        editOost();
        TextField pupils = typeIn("editor-figure-leerlingenStudenten", "12.5");
        interact(() -> pupils.fireEvent(new ActionEvent()));
        interact(() -> pupils.setText("58632"));

        interact(() -> state.selectedRegionIdProperty().set("noord-limburg"));

        assertEquals(58632L, oost().keyFigures().get(KeyFigure.LEERLINGEN_STUDENTEN).getAsLong());
        assertFalse(state.statusProperty().get().contains("12.5"), state.statusProperty().get());
    }

    @Test
    void refusedFiguresStayWithTheirComplaintsWhenAnotherFigureIsCommitted() {
        editOost();
        TextField pupils = typeIn("editor-figure-leerlingenStudenten", "12.5");
        TextField boardsPo = typeIn("editor-figure-besturenPo", "abc");
        TextField boardsVo = typeIn("editor-figure-besturenVo", "38");
        push(KeyCode.ENTER);

        assertEquals(38L, oost().keyFigures().get(KeyFigure.BESTUREN_VO).getAsLong());
        assertEquals("12.5", pupils.getText(), "the refused entry is not wiped by the other field's edit");
        assertEquals("abc", boardsPo.getText());
        assertTrue(pupils.getStyleClass().contains("invalid") && boardsPo.getStyleClass().contains("invalid"));
        assertEquals("Leerlingen en studenten: „12.5” is geen heel getal van 0 of meer (laat leeg voor onbekend)\n"
                + "Schoolbesturen po: „abc” is geen heel getal van 0 of meer (laat leeg voor onbekend)",
                lookup("#editor-figure-problem").queryAs(Label.class).getText());
        assertEquals("38", boardsVo.getText());

        interact(() -> {
            pupils.setText("58632");
            pupils.fireEvent(new ActionEvent());
        });
        assertEquals("Schoolbesturen po: „abc” is geen heel getal van 0 of meer (laat leeg voor onbekend)",
                lookup("#editor-figure-problem").queryAs(Label.class).getText(), "putting one right leaves the other");
        assertEquals("abc", boardsPo.getText());
    }

    @Test
    void openingAFileWithoutTheSelectedRegionLeavesNothingSelected() throws Exception {
        editOost();
        Atlas withoutOost = Edits.deleteRegion(EditFixture.atlas(), "oost-nederland", null).apply(EditFixture.atlas());

        showOpened(withoutOost);

        assertNull(state.selectedRegionIdProperty().get());
        assertEquals("Bewerkmodus: klik op een regio om die te bewerken, of kies er een in het paneel rechts", banner());
    }

    @Test
    void aReasonIsNotCarriedIntoAnotherFile() throws Exception {
        editOost();
        interact(() -> model().reasonProperty().set("Naam volgens het convenant"));

        showOpened(EditFixture.atlas());

        assertEquals("oost-nederland", state.selectedRegionIdProperty().get());
        assertEquals("", field("editor-reason").getText());
    }

    @Test
    void theRegionChooserListsTheRegionsByName() {
        editOost();
        @SuppressWarnings("unchecked")
        ComboBox<Region> chooser = lookup("#editor-region").queryAs(ComboBox.class);
        assertEquals(List.of("Noord-Holland Noord", "Noord-Limburg", "Oost-Nederland"),
                chooser.getItems().stream().map(Region::displayName).toList());
    }

    @Test
    void theRegionChooserAsksForARegionAgainOnceTheChoiceEndsWithEsc() {
        editOost();
        @SuppressWarnings("unchecked")
        ComboBox<Region> chooser = lookup("#editor-region").queryAs(ComboBox.class);
        assertEquals("Oost-Nederland", chooser.getButtonCell().getText());

        // What Esc on the map does.
        interact(() -> state.selectedRegionIdProperty().set(null));

        assertEquals("Kies een regio", chooser.getButtonCell().getText(), "the prompt, as before the first choice");
    }

    /** What the File menu's opener does once another regions file has loaded. */
    private void showOpened(Atlas opened) throws Exception {
        Path other = dir.resolve("elders").resolve("regios.json");
        Files.createDirectories(other.getParent());
        Files.write(other, new RegionFileWriter().toBytes(opened.data()));
        interact(() -> state.showLoaded(opened, state.geometryProperty().get(), null, other));
    }
}
