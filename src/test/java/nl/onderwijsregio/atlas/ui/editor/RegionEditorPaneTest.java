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
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.onderwijsregio.atlas.core.data.RegionFileReader;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.edit.EditFixture;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.edit.RecoveryStore;
import nl.onderwijsregio.atlas.core.model.Atlas;
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

    private final EditorFeatureTest.ScriptedDialogs dialogs = new EditorFeatureTest.ScriptedDialogs();
    private Path dataFile;
    private AtlasState state;
    private EditorFeature feature;

    @BeforeEach
    void open() throws Exception {
        Messages.use(Messages.DUTCH);
        dataFile = dir.resolve("onderwijsregios.json");
        Files.write(dataFile, new RegionFileWriter().toBytes(EditFixture.atlas().data()));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            state = new AtlasState();
            MainWindow w = new MainWindow(state);
            state.editorNameProperty().set("Anne de Vries");
            feature = EditorFeature.install(w, state, s, dataFile, new RecoveryStore(dir.resolve("appdata")), dialogs);
            s.setScene(new Scene(w, 1200, 800));
            s.show();
            state.atlasProperty().set(EditFixture.atlas());
        });
        WaitForAsyncUtils.waitForFxEvents();
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

    private String banner() {
        return lookup("#edit-banner").queryAs(Label.class).getText();
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
        assertEquals("Bewerkmodus: kies een regio in het paneel rechts", banner());
    }

    @Test
    void openingAFileWithoutTheSelectedRegionLeavesNothingSelected() throws Exception {
        editOost();
        Atlas withoutOost = Edits.deleteRegion(EditFixture.atlas(), "oost-nederland", null).apply(EditFixture.atlas());

        showOpened(withoutOost);

        assertNull(state.selectedRegionIdProperty().get());
        assertEquals("Bewerkmodus: kies een regio in het paneel rechts", banner());
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

    /** What the File menu's opener does once another regions file has loaded. */
    private void showOpened(Atlas opened) throws Exception {
        Path other = dir.resolve("elders").resolve("regios.json");
        Files.createDirectories(other.getParent());
        Files.write(other, new RegionFileWriter().toBytes(opened.data()));
        interact(() -> state.showLoaded(opened, state.geometryProperty().get(), null, other));
    }
}
