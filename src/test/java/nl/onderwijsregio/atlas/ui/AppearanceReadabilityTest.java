package nl.onderwijsregio.atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.paint.Color;
import nl.onderwijsregio.atlas.ui.about.AboutDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In every appearance, the words in the window stand out from what they stand on: a pane that keeps
 * its light background under the dark or high-contrast theme's light text is unreadable.
 */
class AppearanceReadabilityTest extends InTheRunningAtlas {

    /** Well below WCAG's 4.5 for body text: this catches light on light, not a muted caption. */
    private static final double LEAST_CONTRAST = 3.0;

    private static AtlasState state;
    /** The appearance the app started in, back after every test. */
    private static Appearance before;

    @BeforeAll
    static void setUpOnTheRunningAtlas() throws Exception {
        state = app.state();
        before = state.appearanceProperty().get();
    }

    @AfterEach
    void restore() {
        interact(() -> {
            state.editModeProperty().set(false);
            state.appearanceProperty().set(before);
        });
    }

    @ParameterizedTest
    @EnumSource(Appearance.class)
    void zwolleInEditModeIsReadable(Appearance appearance) {
        interact(() -> {
            state.appearanceProperty().set(appearance);
            state.editModeProperty().set(true);
            state.selectedRegionIdProperty().set("zwolle-en-omgeving");
        });
        List<String> unreadable = unreadableLabels();
        assertEquals(List.of(), unreadable, appearance.name());
    }

    @ParameterizedTest
    @EnumSource(Appearance.class)
    void zwolleBesideTheTableIsReadable(Appearance appearance) {
        interact(() -> {
            state.appearanceProperty().set(appearance);
            state.selectedRegionIdProperty().set("zwolle-en-omgeving");
        });
        clickOn("#view-split");
        List<String> unreadable = unreadableLabels();
        clickOn("#view-national");
        unreadable.addAll(unreadableLabels());
        clickOn("#view-map");
        TabPane tabs = lookup(".tab-pane").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(tab(tabs, "tab-themes")));
        unreadable.addAll(unreadableLabels());
        interact(() -> tabs.getSelectionModel().select(tab(tabs, "tab-detail")));
        assertEquals(List.of(), unreadable, appearance.name());
    }

    @ParameterizedTest
    @EnumSource(Appearance.class)
    void theAboutDialogTakesTheAppearanceAndIsReadable(Appearance appearance) throws Exception {
        interact(() -> state.appearanceProperty().set(appearance));
        AboutDialog about = WaitForAsyncUtils.asyncFx(() -> new AboutDialog(RunningAtlas.stage())).get();
        interact(about::show);
        try {
            List<String> unreadable = unreadableLabels(about.getDialogPane());
            assertEquals(List.of(), unreadable, appearance.name());
            if (appearance.stylesheet() != null) {
                assertTrue(about.getDialogPane().getScene().getStylesheets().stream()
                        .anyMatch(sheet -> sheet.endsWith(appearance.stylesheet())), "no white dialog in " + appearance);
            }
        } finally {
            interact(about::close);
        }
    }

    @ParameterizedTest
    @EnumSource(Appearance.class)
    void anUnexpectedErrorIsReadableWithItsDetailsLink(Appearance appearance) throws Exception {
        interact(() -> state.appearanceProperty().set(appearance));
        javafx.scene.control.Alert alert = WaitForAsyncUtils.asyncFx(() -> ErrorDialog.create(RunningAtlas.stage(),
                "Er ging onverwacht iets mis.", new IllegalStateException("test"))).get();
        interact(alert::show);
        try {
            assertEquals(List.of(), unreadableLabels(alert.getDialogPane()), appearance.name());
        } finally {
            interact(alert::close);
        }
    }

    private static Tab tab(TabPane tabs, String id) {
        return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private List<String> unreadableLabels() {
        return unreadableLabels(app.window());
    }

    private static List<String> unreadableLabels(Parent root) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> unreadable = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (n instanceof Labeled label && shown(label) && label.getText() != null && !label.getText().isBlank()
                    && label.getTextFill() instanceof Color ink) {
                Color ground = Contrast.groundOf(label);
                if (ground != null && Contrast.ratio(ink, ground) < LEAST_CONTRAST) {
                    unreadable.add(String.format("\"%s\" %s on %s", label.getText(), ink, ground));
                }
            }
        }
        return unreadable;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
