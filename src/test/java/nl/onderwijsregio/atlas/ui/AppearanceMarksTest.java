package nl.onderwijsregio.atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import nl.onderwijsregio.atlas.ui.search.SearchBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In every appearance one sees where the keyboard is, what is chosen and what can be ticked, and the text size
 * chosen in the settings makes the small print larger: the marks a low-vision user steers by.
 */
class AppearanceMarksTest extends InTheRunningAtlas {

    /** WCAG's least contrast for a focus ring, a box's edge or any other mark that is not text. */
    private static final double MARK = 3.0;
    /** WCAG's least contrast for text of ordinary size. */
    private static final double TEXT = 4.5;
    /** A ring one can find without searching for it. */
    private static final double THICK = 2.0;

    private static AtlasState state;
    private static Appearance before;

    @BeforeAll
    static void setUpOnTheRunningAtlas() throws Exception {
        state = app.state();
        before = state.appearanceProperty().get();
    }

    @AfterEach
    void restore() {
        push(KeyCode.ESCAPE);
        interact(() -> {
            ((SearchBox) lookup("#search-field").query()).clear();
            state.appearanceProperty().set(before);
            state.textSizeProperty().set(TextSize.NORMAL);
            state.editModeProperty().set(false);
            state.selectedRegionIdProperty().set(null);
        });
    }

    @ParameterizedTest
    @EnumSource(Appearance.class)
    void aMunicipalityReachedWithTheKeyboardIsRingedNotOnlyTinted(Appearance appearance) {
        showZwolle(appearance);
        List<Region> rows = shownOf(".member-row");
        Region first = rows.get(0);
        interact(first::requestFocus);
        assertRinged(first, appearance + ": the focused municipality");
        assertEquals(null, ring(rows.get(1)), appearance + ": a municipality without focus has no ring");
    }

    @ParameterizedTest
    @EnumSource(Appearance.class)
    void aKeyFigureReachedWithTheKeyboardIsRingedInTheFocusColour(Appearance appearance) {
        showZwolle(appearance);
        Region tile = shownOf(".figure-tile").get(0);
        interact(tile::requestFocus);
        assertRinged(tile, appearance + ": the focused key figure");
        if (appearance == Appearance.HIGH_CONTRAST) {
            assertEquals(Color.YELLOW, ring(tile).getTopStroke(), "high contrast focus is yellow");
        }
    }

    /**
     * A switch that is on (VO, Namen, Kaart) with the focus: in high contrast the yellow ring vanished on its yellow.
     * It gets a white ring outside and a black line inside, and in every appearance it keeps its size as the focus
     * comes and goes, so nothing beside it moves between a press and its release.
     */
    @ParameterizedTest
    @EnumSource(Appearance.class)
    void aSwitchThatIsOnShowsItsKeyboardFocusApartFromItsOwnColourAndKeepsItsSize(Appearance appearance) {
        interact(() -> state.appearanceProperty().set(appearance));
        javafx.scene.control.ToggleButton on = app.window().lookupAll(".toggle-button").stream()
                .filter(javafx.scene.control.ToggleButton.class::isInstance).map(javafx.scene.control.ToggleButton.class::cast)
                .filter(t -> t.isSelected() && t.isVisible() && t.getScene() != null).findFirst().orElseThrow();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Insets unfocused = on.getInsets();
        interact(on::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(unfocused, on.getInsets(), appearance + ": the focus leaves '" + on.getText() + "' its size");
        if (appearance == Appearance.HIGH_CONTRAST) {
            BorderStroke ring = ring(on);
            assertTrue(ring != null && Color.WHITE.equals(ring.getTopStroke()) && ring.getWidths().getTop() >= THICK,
                    "a white ring on the black bar: " + ring);
            var fills = on.getBackground().getFills();
            int yellow = fills.stream().map(f -> f.getFill()).toList().indexOf(Color.YELLOW);
            assertTrue(fills.stream().skip(yellow + 1).anyMatch(f -> Color.BLACK.equals(f.getFill())),
                    "a black line inside the yellow: " + fills.stream().map(f -> f.getFill()).toList());
        }
    }

    @Test
    void inHighContrastTheFocusedButtonHasAThickYellowRingAndTheDefaultButtonOnlyBoldWords() throws Exception {
        interact(() -> state.appearanceProperty().set(Appearance.HIGH_CONTRAST));
        CheckBox unticked = new CheckBox("Legenda");
        Alert alert = WaitForAsyncUtils.asyncFx(() -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
            a.initOwner(RunningAtlas.stage());
            a.getDialogPane().setContent(unticked);
            return a;
        }).get();
        interact(alert::show);
        try {
            Button ok = (Button) alert.getDialogPane().lookupButton(ButtonType.OK);
            Button cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
            interact(cancel::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertRinged(cancel, "the focused Cancel");
            assertEquals(Color.YELLOW, ring(cancel).getTopStroke());
            assertFalse(hasYellowEdge(ok), "the default OK, without focus, must not look focused");
            assertTrue(bold(ok), "the default button is marked by bold words");

            Region box = (Region) unticked.lookup(".box");
            Color edge = (Color) box.getBackground().getFills().get(0).getFill();
            assertTrue(Contrast.ratio(edge, Color.BLACK) >= MARK, "an unticked box stands out from black: " + edge);

            Region pane = alert.getDialogPane();
            assertNotNull(ring(pane), "a dialog has a light edge on the black window");
            assertTrue(Contrast.ratio((Color) ring(pane).getTopStroke(), Color.BLACK) >= MARK);
        } finally {
            interact(alert::close);
        }
    }

    /**
     * The default button of a dialog (as the export's) and a link, reached with the keyboard, are ringed at least 2 px
     * wide in the focus colour: in light the default button looked the same focused or not, and a link's ring was a
     * thin dotted line.
     */
    @ParameterizedTest
    @EnumSource(Appearance.class)
    void aDialogsDefaultButtonAndALinkWithTheFocusAreRingedTwoPixelsWide(Appearance appearance) throws Exception {
        interact(() -> state.appearanceProperty().set(appearance));
        javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink("Zwolle en omgeving");
        Alert alert = WaitForAsyncUtils.asyncFx(() -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
            a.initOwner(RunningAtlas.stage());
            a.getDialogPane().setContent(link);
            return a;
        }).get();
        interact(alert::show);
        try {
            Button ok = (Button) alert.getDialogPane().lookupButton(ButtonType.OK);
            Color focus = FOCUS_COLOURS.get(appearance);
            interact(link::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(0, focusRing(ok, focus), appearance + ": the default OK, without focus, has no ring");
            BorderStroke around = ring(link);
            assertTrue(around != null && focus.equals(around.getTopStroke()) && around.getWidths().getTop() >= THICK
                    && around.getTopStyle().getDashArray().isEmpty(), appearance + ": the link's ring " + around);
            interact(ok::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(focusRing(ok, focus) >= THICK, appearance + ": the focused default OK's ring is "
                    + focusRing(ok, focus) + " px");
            assertTrue(Contrast.ratio(focus, Contrast.groundOf(alert.getDialogPane())) >= MARK, appearance.name());
        } finally {
            interact(alert::close);
        }
    }

    private static final java.util.Map<Appearance, Color> FOCUS_COLOURS = java.util.Map.of(
            Appearance.LIGHT, Color.web("#0b6aa8"), Appearance.DARK, Color.web("#6aa9d8"),
            Appearance.HIGH_CONTRAST, Color.YELLOW);

    /**
     * How wide a ring in {@code focus} the button shows: its edge in that colour, or a fill of it that the fills
     * drawn over it leave uncovered at the outside (as Modena paints its ring).
     */
    private static double focusRing(Region r, Color focus) {
        BorderStroke edge = ring(r);
        if (edge != null && focus.equals(edge.getTopStroke())) {
            return edge.getWidths().getTop();
        }
        var fills = r.getBackground() == null ? List.<javafx.scene.layout.BackgroundFill>of() : r.getBackground().getFills();
        for (int i = 0; i < fills.size(); i++) {
            if (focus.equals(fills.get(i).getFill())) {
                double outside = fills.get(i).getInsets().getTop();
                double covered = fills.stream().skip(i + 1).filter(f -> f.getFill() instanceof Color c && c.getOpacity() > 0.5)
                        .mapToDouble(f -> f.getInsets().getTop()).filter(t -> t > outside).min().orElse(outside);
                return covered - outside;
            }
        }
        return 0;
    }

    @Test
    void inHighContrastAnOpenMenusTitleIsReadableOnItsYellow() {
        interact(() -> state.appearanceProperty().set(Appearance.HIGH_CONTRAST));
        MenuBar bar = (MenuBar) app.window().lookup("#menu-bar");
        Menu settings = bar.getMenus().stream().filter(m -> "menu-settings".equals(m.getId())).findFirst().orElseThrow();
        interact(settings::show);
        WaitForAsyncUtils.waitForFxEvents();
        Region title = bar.lookupAll(".menu-button").stream().map(Region.class::cast)
                .filter(b -> b.getPseudoClassStates().stream().anyMatch(p -> "showing".equals(p.getPseudoClassName())))
                .findFirst().orElseThrow();
        Labeled words = (Labeled) title.lookup(".label");
        Color ground = Contrast.fillOf(title);
        assertTrue(Contrast.ratio((Color) words.getTextFill(), ground) >= TEXT,
                words.getTextFill() + " on " + ground);
        interact(settings::hide);
    }

    @Test
    void inHighContrastTheChosenTabIsUnderlinedInYellowAndTheOthersAreNot() {
        interact(() -> state.appearanceProperty().set(Appearance.HIGH_CONTRAST));
        WaitForAsyncUtils.waitForFxEvents();
        List<Region> tabs = app.window().lookupAll(".tab-pane .tab").stream().filter(Node::isVisible)
                .map(Region.class::cast).collect(Collectors.toList());
        Region chosen = tabs.stream().filter(AppearanceMarksTest::selected).findFirst().orElseThrow();
        Region other = tabs.stream().filter(t -> !selected(t)).findFirst().orElseThrow();
        assertEquals(Color.YELLOW, underline(chosen));
        assertFalse(Color.YELLOW.equals(underline(other)), "an unchosen tab is not underlined in yellow");
        assertTrue(bold((Labeled) chosen.lookup(".tab-label")), "the chosen tab's name in bold");
    }

    @ParameterizedTest
    @EnumSource(Appearance.class)
    void theSearchListFollowsTheAppearanceAndItsHighlightedHitStandsOut(Appearance appearance) {
        interact(() -> state.appearanceProperty().set(appearance));
        clickOn("#search-field").write("zwo");
        push(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = ((SearchBox) lookup("#search-field").query()).resultList();
        // the highlight is the selected cell's style, applied at the next pulse: on a busy machine not yet here
        interact(list::applyCss);
        List<ListCell<?>> cells = list.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.isVisible() && !c.isEmpty()).collect(Collectors.toList());
        ListCell<?> highlighted = cells.stream().filter(ListCell::isSelected).findFirst().orElseThrow();
        ListCell<?> plain = cells.stream().filter(c -> !c.isSelected()).findFirst().orElseThrow();
        Color hit = Contrast.fillOf(highlighted);
        Color ground = Contrast.groundOf(plain);
        assertTrue(Contrast.ratio(hit, ground) >= MARK, appearance + ": highlighted " + hit + " on " + ground);
        assertTrue(Contrast.ratio((Color) highlighted.getTextFill(), hit) >= TEXT, appearance + ": highlighted words");
        assertTrue(Contrast.ratio((Color) plain.getTextFill(), ground) >= TEXT, appearance + ": plain words");
        if (appearance != Appearance.LIGHT) {
            assertTrue(Contrast.ratio(ground, Color.BLACK) < 2, appearance + ": a dark list, not " + ground);
        }
    }

    @Test
    void aLargerTextSizeMakesTheSmallPrintLarger() {
        showZwolle(Appearance.LIGHT);
        double normal = fontOf(".member-province").getSize();
        interact(() -> state.textSizeProperty().set(TextSize.LARGE));
        WaitForAsyncUtils.waitForFxEvents();
        double large = fontOf(".member-province").getSize();
        assertEquals(normal * 1.25, large, 0.2, "a province line at Groot");
        interact(() -> state.appearanceProperty().set(Appearance.HIGH_CONTRAST));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fontOf(".member-province").getSize() > large, "high contrast starts larger still");
    }

    @Test
    void atExtraLargeTheMapsRegionNamesAreHalfAsLargeAgainToo() {
        assertEquals(1.0, app.window().mapLayer().scene().labelScale(), 1e-9);
        interact(() -> state.textSizeProperty().set(TextSize.EXTRA_LARGE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.5, app.window().mapLayer().scene().labelScale(), 1e-9);
    }

    @ParameterizedTest
    @EnumSource(Appearance.class)
    void aSwitchThatIsOnIsClearlyApartFromOneThatIsOff(Appearance appearance) {
        interact(() -> state.appearanceProperty().set(appearance));
        WaitForAsyncUtils.waitForFxEvents();
        Region on = lookup("#view-map").query();
        Region off = lookup("#view-split").query();
        assertTrue(selected(on) && !selected(off));
        Color onFace = Contrast.fillOf(on);
        assertTrue(Contrast.ratio(onFace, Contrast.fillOf(off)) >= MARK,
                appearance + ": on " + onFace + ", off " + Contrast.fillOf(off));
        assertTrue(Contrast.ratio((Color) ((Labeled) on).getTextFill(), onFace) >= TEXT, appearance + ": words on it");
    }

    /** A region without territory, chosen, reads in the legend as a chosen region with its place on the map does. */
    @ParameterizedTest
    @EnumSource(Appearance.class)
    void aChosenNationalRegionInTheLegendReadsAsAChosenRowOnTheMapDoes(Appearance appearance) {
        var sectorBefore = state.sectorProperty().get();
        interact(() -> {
            state.appearanceProperty().set(appearance);
            state.sectorProperty().set(nl.onderwijsregio.atlas.core.model.Sector.VO);
            state.selectedRegionIdProperty().set("landelijk-groen-onderwijs");
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> state.selectedRegionIdProperty().set("zwolle-en-omgeving"));
        WaitForAsyncUtils.waitForFxEvents();
        Labeled onTheMap = (Labeled) lookup("#legend-zwolle-en-omgeving").query().lookupAll(".label").stream()
                .filter(n -> !n.getStyleClass().contains("legend-number")).findFirst().orElseThrow();
        Color chosenInk = (Color) onTheMap.getTextFill();
        interact(() -> state.selectedRegionIdProperty().set("landelijk-groen-onderwijs"));
        WaitForAsyncUtils.waitForFxEvents();
        Labeled national = lookup("#legend-landelijk-groen-onderwijs").query();
        interact(() -> state.sectorProperty().set(sectorBefore));

        assertEquals(chosenInk, national.getTextFill(), appearance + ": the chosen national region's words");
        assertTrue(bold(national), appearance + ": in bold, as a chosen row on the map");
        Color ground = Contrast.fillOf(national);
        assertTrue(Contrast.ratio(chosenInk, ground) >= TEXT, appearance + ": " + chosenInk + " on " + ground);
    }

    /** Small print (links, the credit, the edit-mode banner, the counts on the national bars) at WCAG's 4.5:1. */
    @ParameterizedTest
    @EnumSource(Appearance.class)
    void theSmallPrintReadsAtFourAndAHalfToOne(Appearance appearance) {
        showZwolle(appearance);
        interact(() -> state.editModeProperty().set(true));
        List<String> faint = faintText(".hyperlink, .credit, .edit-banner");
        interact(() -> state.editModeProperty().set(false));
        clickOn("#view-national");
        faint.addAll(faintText(".national-count, .hyperlink"));
        clickOn("#view-map");
        assertEquals(List.of(), faint, appearance.name());
    }

    private List<String> faintText(String selectors) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> faint = new java.util.ArrayList<>();
        for (String selector : selectors.split(", ")) {
            for (Node n : app.window().lookupAll(selector)) {
                if (n instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isBlank()
                        && l.getTextFill() instanceof Color ink) {
                    Color ground = Contrast.groundOf(l);
                    if (ground != null && Contrast.ratio(ink, ground) < TEXT) {
                        faint.add(String.format("%s \"%s\" %s on %s", selector, l.getText(), ink, ground));
                    }
                }
            }
        }
        return faint;
    }

    private void showZwolle(Appearance appearance) {
        interact(() -> {
            state.appearanceProperty().set(appearance);
            state.selectedRegionIdProperty().set("zwolle-en-omgeving");
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Region> shownOf(String selector) {
        return app.window().lookupAll(selector).stream().filter(n -> n.isVisible() && n.getScene() != null)
                .map(Region.class::cast).collect(Collectors.toList());
    }

    private Font fontOf(String selector) {
        return ((Labeled) shownOf(selector).get(0)).getFont();
    }

    /** The region's widest opaque edge, or null when it draws none. */
    private static BorderStroke ring(Region r) {
        if (r.getBorder() == null) {
            return null;
        }
        return r.getBorder().getStrokes().stream()
                .filter(s -> s.getTopStroke() instanceof Color c && c.getOpacity() > 0.5)
                .max((a, b) -> Double.compare(a.getWidths().getTop(), b.getWidths().getTop())).orElse(null);
    }

    private static void assertRinged(Region r, String what) {
        BorderStroke ring = ring(r);
        assertNotNull(ring, what + " has no ring");
        assertTrue(ring.getWidths().getTop() >= THICK, what + ": a ring of " + ring.getWidths().getTop() + " px");
        Color ground = Contrast.groundOf(r.getParent());
        assertTrue(Contrast.ratio((Color) ring.getTopStroke(), ground) >= MARK,
                what + ": ring " + ring.getTopStroke() + " on " + ground);
    }

    private static boolean hasYellowEdge(Region r) {
        return r.getBorder() != null && r.getBorder().getStrokes().stream()
                .anyMatch(s -> Color.YELLOW.equals(s.getTopStroke()) || Color.YELLOW.equals(s.getLeftStroke()));
    }

    private static Color underline(Region tab) {
        return tab.getBorder().getStrokes().stream().map(s -> s.getBottomStroke()).filter(Color.class::isInstance)
                .map(Color.class::cast).filter(c -> c.getOpacity() > 0.5).findFirst().orElse(Color.TRANSPARENT);
    }

    private static boolean selected(Node n) {
        return n.getPseudoClassStates().stream().anyMatch(p -> "selected".equals(p.getPseudoClassName()));
    }

    private static boolean bold(Labeled l) {
        return l.getFont().getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold");
    }
}
