package nl.onderwijsregio.atlas.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.Appearance;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.MainWindow;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window starts as the user left it, and what they change is remembered. */
@ExtendWith(ApplicationExtension.class)
class SettingsFeatureTest {

    private final Preferences node = Preferences.userRoot().node("/nl/onderwijsregio/atlas-test/" + UUID.randomUUID());
    private final AtlasState state = new AtlasState();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        AtlasPreferences stored = new AtlasPreferences(node);
        stored.setSector(Sector.VO);
        stored.setAppearance(Appearance.DARK);
        stored.setReducedMotion(true);
        stored.setEditorName("Anna de Vries");
        stored.setHiddenTableColumns(java.util.Set.of("AREA"));
        window = new MainWindow(state);
        SettingsFeature.install(window, state, stage, new AtlasPreferences(node));
        // A feature installed after this one, with its own menu.
        window.menu("menu-view");
        stage.setScene(new Scene(window, 1000, 700));
        stage.show();
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void theRememberedSettingsAreInTheSharedStateAtStart() {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Sector.VO, state.sectorProperty().get());
        assertEquals(Appearance.DARK, state.appearanceProperty().get());
        assertTrue(state.reducedMotionProperty().get());
        assertEquals("Anna de Vries", state.editorNameProperty().get());
        assertEquals(java.util.Set.of("AREA"), state.hiddenTableColumnsProperty().get());
        assertTrue(sheets().stream().anyMatch(s -> s.endsWith("/css/settings-dark.css")));
    }

    @Test
    void changesAreRememberedAndTheAppearanceFollows(FxRobot robot) {
        robot.interact(() -> {
            state.sectorProperty().set(Sector.MBO);
            state.appearanceProperty().set(Appearance.HIGH_CONTRAST);
            state.editorNameProperty().set("Bram");
            state.hiddenTableColumnsProperty().set(java.util.Set.of("SECTORS", "CASES"));
        });
        AtlasPreferences reread = new AtlasPreferences(Preferences.userRoot().node(node.absolutePath()));
        assertEquals(Sector.MBO, reread.sector());
        assertEquals(Appearance.HIGH_CONTRAST, reread.appearance());
        assertEquals("Bram", reread.editorName());
        assertEquals(java.util.Set.of("SECTORS", "CASES"), reread.hiddenTableColumns());
        assertTrue(sheets().stream().anyMatch(s -> s.endsWith("/css/settings-contrast.css")));
        assertFalse(sheets().stream().anyMatch(s -> s.endsWith("/css/settings-dark.css")), "one appearance at a time");

        robot.interact(() -> state.appearanceProperty().set(Appearance.LIGHT));
        assertFalse(sheets().stream().anyMatch(s -> s.contains("settings-contrast") || s.contains("settings-dark")));
    }

    @Test
    void inDarkAndHighContrastASwitchThatIsOnLooksOnNotLikeOneThatIsOff(FxRobot robot) {
        javafx.scene.control.ToggleButton labels = new javafx.scene.control.ToggleButton("Namen");
        javafx.scene.control.ToggleButton overlap = new javafx.scene.control.ToggleButton("Overlap");
        labels.setSelected(true);
        robot.interact(() -> window.toolBar().getItems().addAll(labels, overlap));
        for (Appearance appearance : List.of(Appearance.DARK, Appearance.HIGH_CONTRAST)) {
            robot.interact(() -> {
                state.appearanceProperty().set(appearance);
                window.applyCss();
            });
            assertNotEquals(face(overlap), face(labels), appearance + ": Namen is on, Overlap is off");
        }
        assertEquals(javafx.scene.paint.Color.YELLOW, face(labels), "high contrast: on is yellow");
    }

    /** The top fill of a button's background: its face. */
    private static javafx.scene.paint.Paint face(javafx.scene.control.ButtonBase b) {
        var fills = b.getBackground().getFills();
        return fills.get(fills.size() - 1).getFill();
    }

    @Test
    void aRegionsFileSavedElsewhereIsWhatTheNextStartOpensButTheFirstLoadIsNotRemembered(FxRobot robot) {
        Path shp = Path.of("/data/gemeenten-2024.shp");
        robot.interact(() -> state.showLoaded(null, null, shp, Path.of("/data/onderwijsregios.json")));
        assertTrue(new AtlasPreferences(node).lastDataFiles().isEmpty(), "only what was opened at start");

        robot.interact(() -> state.regionFileProperty().set(Path.of("/elders/regios-kopie.json")));
        DataFiles next = new AtlasPreferences(Preferences.userRoot().node(node.absolutePath())).lastDataFiles().orElseThrow();
        assertEquals(shp.toAbsolutePath(), next.municipalities());
        assertEquals(Path.of("/elders/regios-kopie.json").toAbsolutePath(), next.regions());
    }

    @Test
    void fileComesFirstAndHelpLastAroundOtherFeaturesMenus() {
        WaitForAsyncUtils.waitForFxEvents();
        MenuBar bar = (MenuBar) window.lookup("#menu-bar");
        List<String> ids = bar.getMenus().stream().map(m -> m.getId()).collect(Collectors.toList());
        assertEquals("menu-file", ids.get(0));
        assertEquals("menu-help", ids.get(ids.size() - 1));
        assertTrue(ids.contains("menu-settings"));
    }

    @Test
    void choosingEnglishIsRememberedAndSaidInEnglish(FxRobot robot) {
        MenuBar bar = (MenuBar) window.lookup("#menu-bar");
        Menu settings = bar.getMenus().stream().filter(m -> "menu-settings".equals(m.getId())).findFirst().orElseThrow();
        Menu language = (Menu) settings.getItems().stream().filter(i -> "language-menu".equals(i.getId()))
                .findFirst().orElseThrow();
        assertEquals("_Taal / Language", language.getText(), "a reader without Dutch finds the switch too");
        MenuItem english = language.getItems().stream().filter(i -> "language-en".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(english::fire);
        assertEquals(Messages.ENGLISH, new AtlasPreferences(Preferences.userRoot().node(node.absolutePath())).language());
        DialogPane told = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Restart the atlas to see everything in English.", told.getContentText());
        assertEquals("Language / Taal", ((Stage) told.getScene().getWindow()).getTitle(),
                "titled by the menu's words, without the mark of its Alt key");
        robot.interact(() -> told.getScene().getWindow().hide());
    }

    @Test
    void aTextSizeChosenInTheSettingsMenuAppliesAtOnceAndIsRemembered(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        MenuBar bar = (MenuBar) window.lookup("#menu-bar");
        Menu settings = bar.getMenus().stream().filter(m -> "menu-settings".equals(m.getId())).findFirst().orElseThrow();
        Menu size = (Menu) settings.getItems().stream().filter(i -> "text-size-menu".equals(i.getId()))
                .findFirst().orElseThrow();
        MenuItem large = size.getItems().stream().filter(i -> "text-size-large".equals(i.getId())).findFirst()
                .orElseThrow();
        javafx.scene.control.Label words = new javafx.scene.control.Label("Zwolle");
        robot.interact(() -> window.toolBar().getItems().add(words));
        double before = words.getFont().getSize();

        robot.interact(large::fire);
        robot.interact(window::applyCss);

        assertEquals(nl.onderwijsregio.atlas.ui.TextSize.LARGE, state.textSizeProperty().get());
        assertEquals(before * 1.25, words.getFont().getSize(), 0.01, "the window's words at once a quarter larger");
        assertEquals(nl.onderwijsregio.atlas.ui.TextSize.LARGE,
                new AtlasPreferences(Preferences.userRoot().node(node.absolutePath())).textSize());
    }

    /**
     * The look reaches a dialog as its window opens, after JavaFX laid the dialog out once in the smaller type: at
     * Extra groot in high contrast the buttons of the shortcuts (F1) and of a question still read whole.
     */
    @Test
    void atExtraLargeInHighContrastADialogsButtonsReadWhole(FxRobot robot) throws Exception {
        robot.interact(() -> {
            state.appearanceProperty().set(Appearance.HIGH_CONTRAST);
            state.textSizeProperty().set(nl.onderwijsregio.atlas.ui.TextSize.EXTRA_LARGE);
        });
        List<java.util.function.Supplier<javafx.scene.control.Dialog<?>>> dialogs = List.of(
                () -> new nl.onderwijsregio.atlas.ui.about.ShortcutsDialog(stage()), this::question);
        for (var opened : dialogs) {
            javafx.scene.control.Dialog<?> dialog = WaitForAsyncUtils.asyncFx(() -> {
                javafx.scene.control.Dialog<?> d = opened.get();
                d.show();
                return d;
            }).get();
            try {
                for (javafx.scene.Node n : dialog.getDialogPane().lookupAll(".button-bar .button")) {
                    javafx.scene.control.Button button = (javafx.scene.control.Button) n;
                    assertEquals(button.getText(), ((javafx.scene.text.Text) button.lookup(".text")).getText(),
                            "not cut short: " + button.getWidth() + " wide in " + button.getFont());
                }
            } finally {
                robot.interact(dialog::close);
            }
        }
    }

    private Stage stage() {
        return (Stage) window.getScene().getWindow();
    }

    /** A question with the app's OK and Cancel, as the editor asks it. */
    private javafx.scene.control.Dialog<?> question() {
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "Wijzigingen opslaan?", nl.onderwijsregio.atlas.ui.DialogButtons.ok(),
                nl.onderwijsregio.atlas.ui.DialogButtons.cancel());
        a.initOwner(stage());
        return a;
    }

    private List<String> sheets() {
        return window.getStylesheets();
    }
}
