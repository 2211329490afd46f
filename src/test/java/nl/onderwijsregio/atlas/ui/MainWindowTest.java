package nl.onderwijsregio.atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.core.text.Language;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window starts headless on the bundled data and draws every municipality. */
class MainWindowTest extends InTheRunningAtlas {

    private static Stage stage;

    @BeforeAll
    static void setUpOnTheRunningAtlas() throws Exception {
        stage = RunningAtlas.stage();
    }

    @Test
    void theWindowIsTitledWithTheRegionsFileShown() {
        assertEquals("onderwijsregios.json – Onderwijsregio Atlas", stage.getTitle());
    }

    @Test
    void aRegionsFileFromAnotherFolderIsNamedInTheTitleAndTheStatusLineNamesItAndTheBoundariesKeptInFull(
            @TempDir Path dir) throws Exception {
        AtlasState state = app.state();
        Path bundledRegions = state.regionFileProperty().get();
        Path boundaries = state.municipalityFileProperty().get();
        Path mine = Files.copy(bundledRegions, dir.resolve("mijnversie.json"));
        Label status = (Label) stage.getScene().lookup("#status");
        try {
            WaitForAsyncUtils.asyncFx(() -> state.showLoaded(state.atlas().withData(state.atlas().data()),
                    state.geometryProperty().get(), boundaries, mine)).get();

            assertEquals("mijnversie.json – Onderwijsregio Atlas", stage.getTitle());
            String tip = WaitForAsyncUtils.asyncFx(() -> status.getTooltip().getText()).get();
            assertTrue(tip.contains(Messages.t("app.files.regions", mine.toAbsolutePath())), tip);
            assertTrue(tip.contains(Messages.t("app.files.municipalities", boundaries.toAbsolutePath().normalize())),
                    "the boundaries chosen before, which stay: " + tip);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> state.showLoaded(state.atlas().withData(state.atlas().data()),
                    state.geometryProperty().get(), boundaries, bundledRegions)).get();
        }
    }

    @Test
    void theStatusLinesTooltipSaysTheStatusAndBothFiles() {
        Messages.use(Messages.DUTCH);
        assertEquals("342 gemeenten geladen\nRegiobestand: /data/onderwijsregios.json\n"
                        + "Gemeentegrenzen: /data/geo/gemeenten_2024.shp",
                MainWindow.statusTip("342 gemeenten geladen", Path.of("/data/onderwijsregios.json"),
                        Path.of("/data/geo/gemeenten_2024.shp")));
        assertEquals("", MainWindow.statusTip("", null, null), "nothing to say: no tooltip");
    }

    /**
     * The status line's message is what the user looks at ("Gegevens gekopieerd als CSV", not "Geg…"): in a narrow
     * window the credit gives way to it, shortened but still there, whole as its tooltip; with room it is whole.
     */
    @Test
    void inANarrowWindowTheStatusIsWholeTillReadAndTheCreditShortenedButStillThere() throws Exception {
        double width = stage.getWidth();
        String before = app.state().statusProperty().get();
        Label status = (Label) stage.getScene().lookup("#status");
        Label credit = (Label) stage.getScene().lookup("#credit");
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                app.state().statusProperty().set("Gegevens van Zwolle en omgeving gekopieerd");
                stage.setWidth(800);
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(status.getText(), shownText(status), "the status whole");
            assertTrue(credit.getWidth() > 0 && !shownText(credit).isEmpty(), "the credit still there");
            assertEquals(Messages.t("app.credit"), credit.getTooltip().getText(), "the credit whole as its tooltip");

            // Once read, the message gives way: more of the sources is named, the message whole in its tooltip.
            int creditWhileNew = shownText(credit).length();
            WaitForAsyncUtils.asyncFx(() -> ((StatusBar) stage.getScene().lookup(".status-bar")).messageRead()).get();
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(shownText(credit).length() > creditWhileNew, "more of the credit after the message was read: "
                    + shownText(credit));
            assertTrue(shownText(status).length() < status.getText().length(), "the message cut now");
            assertTrue(status.getTooltip().getText().contains("Gegevens van Zwolle en omgeving gekopieerd"));

            WaitForAsyncUtils.asyncFx(() -> {
                app.state().statusProperty().set("Klaar");
                stage.setWidth(1280);
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(credit.getText(), shownText(credit), "with room, the credit whole");
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                stage.setWidth(width);
                app.state().statusProperty().set(before);
            }).get();
        }
    }

    /**
     * At Extra groot, then high contrast, switched to while the atlas runs (the bar sorted its overflow at the
     * smaller size of light), the side pane takes no more than its share of
     * the window, so the map and the table keep theirs; and its divider drags. Every switch in the tool bar keeps its
     * whole text ("PO", not "…"): what does not fit is in the bar's overflow.
     */
    @Test
    void atExtraLargeTextSwitchedToInHighContrastTheSidePaneDragsAndTheToolBarKeepsItsWords() throws Exception {
        AtlasState state = app.state();
        Appearance appearance = state.appearanceProperty().get();
        TextSize size = state.textSizeProperty().get();
        double width = stage.getWidth();
        try {
            WaitForAsyncUtils.asyncFx(() -> stage.setWidth(1280)).get();
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.asyncFx(() -> state.textSizeProperty().set(TextSize.EXTRA_LARGE)).get();
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.asyncFx(() -> state.appearanceProperty().set(Appearance.HIGH_CONTRAST)).get();
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.Node sides = stage.getScene().lookup("#body-sides");
            javafx.scene.Node side = stage.getScene().lookup("#body-right");
            double sideWidth = side.getLayoutBounds().getWidth();
            assertTrue(sideWidth <= sides.getLayoutBounds().getWidth() * MainWindow.SIDE_SHARE + 1,
                    "the side pane is " + sideWidth + " of " + sides.getLayoutBounds().getWidth());
            assertTrue(stage.getScene().lookup("#map-pane").getLayoutBounds().getWidth() > sideWidth,
                    "the map keeps the larger part");

            for (javafx.scene.Node item : app.window().toolBar().getItems()) {
                if (item.getParent() == null || !item.isVisible()) {
                    continue;
                }
                for (javafx.scene.Node n : item.lookupAll(".toggle-button")) {
                    javafx.scene.control.Labeled switchButton = (javafx.scene.control.Labeled) n;
                    assertEquals(switchButton.getText(), shownText(switchButton), "the switch " + switchButton.getId());
                }
            }

            javafx.scene.Node divider = sides.lookupAll(".split-pane-divider").stream()
                    .filter(d -> d.getParent() == sides).findFirst().orElseThrow();
            drag(divider).moveBy(-80, 0).drop();
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(sideWidth + 80, side.getLayoutBounds().getWidth(), 3, "dragged 80 px to the left");
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                state.appearanceProperty().set(appearance);
                state.textSizeProperty().set(size);
                stage.setWidth(width);
            }).get();
        }
    }

    /**
     * The view switch (Kaart, Tabel, …) had a padding of its own in pixels: two pixels lower than the buttons beside it
     * at normal text and four at Extra groot, and standing at the top of the tool bar, its words high in the buttons.
     */
    @Test
    void atExtraLargeTextEveryButtonOfTheToolBarIsAsTallAsTheOthersAndOnTheirLine() throws Exception {
        AtlasState state = app.state();
        TextSize size = state.textSizeProperty().get();
        try {
            WaitForAsyncUtils.asyncFx(() -> state.textSizeProperty().set(TextSize.EXTRA_LARGE)).get();
            WaitForAsyncUtils.waitForFxEvents();
            List<javafx.geometry.Bounds> buttons = new ArrayList<>();
            for (javafx.scene.Node item : app.window().toolBar().getItems()) {
                if (item.getParent() != null && item.isVisible()) {
                    for (String kind : new String[] {".button", ".toggle-button"}) {
                        item.lookupAll(kind).forEach(b -> buttons.add(b.localToScene(b.getLayoutBounds())));
                    }
                }
            }
            assertTrue(buttons.size() > 6, "the sector, view and mode switches");
            for (javafx.geometry.Bounds b : buttons) {
                assertEquals(buttons.get(0).getHeight(), b.getHeight(), 0.5, "a button's height");
                assertEquals(buttons.get(0).getMinY(), b.getMinY(), 0.5, "a button's top");
            }
        } finally {
            WaitForAsyncUtils.asyncFx(() -> state.textSizeProperty().set(size)).get();
        }
    }

    /**
     * At Extra groot on a laptop the view switch (Kaart, Tabel, …) stands in the tool bar's overflow (»): choosing
     * Tabel there showed the table but left the menu open over it, till Esc.
     */
    @Test
    void aViewChosenInTheToolBarsOverflowClosesIt() throws Exception {
        AtlasState state = app.state();
        double width = stage.getWidth();
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                stage.setWidth(1024);
                state.textSizeProperty().set(TextSize.EXTRA_LARGE);
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.Node table = app.window().toolBar().getItems().stream().map(i -> i.lookup("#view-table"))
                    .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
            assertTrue(table.getScene() != stage.getScene(), "in the overflow, not in the bar");
            clickOn(lookup(".tool-bar-overflow-button").queryAs(javafx.scene.Node.class));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.stage.Window overflow = table.getScene().getWindow();
            assertTrue(overflow instanceof javafx.stage.PopupWindow && overflow.isShowing(), "the overflow shows Tabel");

            clickOn(table);
            WaitForAsyncUtils.waitForFxEvents();

            assertEquals(nl.onderwijsregio.atlas.ui.table.TableFeature.View.TABLE, app.table().viewProperty().get());
            assertTrue(!overflow.isShowing(), "the overflow closed as the table opened");
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                app.table().viewProperty().set(nl.onderwijsregio.atlas.ui.table.TableFeature.View.MAP);
                state.textSizeProperty().set(TextSize.NORMAL);
                stage.setWidth(width);
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** The text a label shows, which its skin cuts with "…" where it has too little room. */
    private static String shownText(javafx.scene.control.Labeled labeled) {
        return ((javafx.scene.text.Text) labeled.lookup(".text")).getText();
    }

    @Test
    void theStatusLineHasATooltipWithItsWholeTextAndTheFilesShownWithoutABlankLine() throws Exception {
        Label status = (Label) stage.getScene().lookup("#status");
        String before = app.state().statusProperty().get();
        String files = Messages.t("app.files.regions", app.state().regionFileProperty().get().toAbsolutePath().normalize())
                + "\n" + Messages.t("app.files.municipalities",
                app.state().municipalityFileProperty().get().toAbsolutePath().normalize());
        try {
            WaitForAsyncUtils.asyncFx(() -> app.state().statusProperty().set("Opgeslagen in onderwijsregios.json")).get();
            assertEquals("Opgeslagen in onderwijsregios.json\n" + files, status.getTooltip().getText());
            WaitForAsyncUtils.asyncFx(() -> app.state().statusProperty().set("")).get();
            assertEquals(files, status.getTooltip().getText(), "no blank line where the status was");
        } finally {
            WaitForAsyncUtils.asyncFx(() -> app.state().statusProperty().set(before)).get();
        }
    }

    @Test
    void municipalityLayerDraws342Shapes() {
        assertEquals(342, app.window().mapLayer().municipalityShapeCount());
        assertNotNull(app.window().mapLayer().viewport(), "the layer has painted at least once");
    }

    /**
     * Alt+B opens Bestand (File, Alt+F, in English): each menu of the bar has an Alt key, no two the same, and
     * within a menu no two items share one. The English words are found through the Dutch ones' keys, so both
     * languages are held to it by the one window the test runs.
     */
    @Test
    void everyMenuHasAnAltKeyOfItsOwnAndNoTwoItemsOfAMenuShareOne() {
        MenuBar bar = (MenuBar) stage.getScene().lookup("#menu-bar");
        for (Locale language : List.of(Messages.DUTCH, Messages.ENGLISH)) {
            List<Character> menuKeys = new ArrayList<>();
            for (Menu menu : bar.getMenus()) {
                String title = inLanguage(menu.getText(), language);
                assertNotNull(altKey(title), language + ": no Alt key in the menu " + title);
                menuKeys.add(altKey(title));
                List<Character> itemKeys = new ArrayList<>();
                for (MenuItem item : menu.getItems()) {
                    Character key = item.getText() == null ? null : altKey(inLanguage(item.getText(), language));
                    if (key != null) {
                        itemKeys.add(key);
                    }
                }
                assertEquals(itemKeys.stream().distinct().toList(), itemKeys, language + ", " + title + ": two items share an Alt key");
            }
            assertEquals(5, menuKeys.size(), "File, Edit, View, Settings, Help");
            assertEquals(menuKeys.stream().distinct().toList(), menuKeys, language + ": two menus share an Alt key");
        }
    }

    @Test
    void altAndAMenusKeyOpensThatMenu() {
        Menu help = ((MenuBar) stage.getScene().lookup("#menu-bar")).getMenus().stream()
                .filter(m -> "menu-help".equals(m.getId())).findFirst().orElseThrow();
        FxRobot robot = new FxRobot();
        try {
            robot.clickOn("#status").press(KeyCode.ALT).type(KeyCode.H).release(KeyCode.ALT);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(help.isShowing(), "Alt+H opens Help");
        } finally {
            robot.interact(help::hide);
        }
    }

    /** The letter after the underscore that marks a text's Alt key, or null when it has none. */
    private static Character altKey(String text) {
        int at = text.replace("__", "  ").indexOf('_');
        return at < 0 || at + 1 >= text.length() ? null : Character.toLowerCase(text.charAt(at + 1));
    }

    /** The window's Dutch {@code text} in {@code language}, found through its key; a text of no key stays as it is. */
    private static String inLanguage(String text, Locale language) {
        Map<String, String> keyOfDutch = new HashMap<>();
        for (String area : Messages.BUNDLES) {
            ResourceBundle dutch = Language.bundle(area, Messages.DUTCH);
            dutch.keySet().forEach(k -> keyOfDutch.putIfAbsent(dutch.getString(k), k));
        }
        String key = keyOfDutch.get(text);
        return key == null ? text : new Messages(language).text(key);
    }
}
