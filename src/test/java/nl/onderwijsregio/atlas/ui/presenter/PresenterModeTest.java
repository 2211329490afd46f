package nl.onderwijsregio.atlas.ui.presenter;

import javafx.scene.control.DialogPane;
import java.util.List;
import java.nio.file.Path;
import java.nio.file.Files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.input.KeyCode;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.ui.InTheRunningAtlas;
import nl.onderwijsregio.atlas.ui.RunningAtlas;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Presenter mode driven by the keys a clicker sends, on the real main window and the bundled data. */
class PresenterModeTest extends InTheRunningAtlas {

    @TempDir
    Path talks;

    private static PresenterFeature feature;
    private static Preferences prefs;
    private final FxRobot robot = new FxRobot();
    private PresenterStage presenter;

    @BeforeAll
    static void setUpOnTheRunningAtlas() throws Exception {
        feature = app.presenter();
        // Where the app's presenter keeps its look and the talk's orders: the tests' preferences root (see the
        // pom), so an order left by an interrupted run is cleared, never a user's.
        prefs = Preferences.userNodeForPackage(PresenterFeature.class);
        prefs.clear();
    }

    @AfterAll
    static void tearDownBeforeTheAtlasStops() throws Exception {
        prefs.clear();
    }

    @AfterEach
    void close() throws Exception {
        if (presenter != null && presenter.stage().isShowing()) {
            WaitForAsyncUtils.asyncFx(() -> presenter.stage().close()).get();
        }
    }

    private PresenterModel open() throws Exception {
        presenter = WaitForAsyncUtils.asyncFx(() -> {
            app.state().sectorProperty().set(Sector.PO);
            // Cuts instead of flights keep these tests about keys, not timing.
            app.state().reducedMotionProperty().set(true);
            PresenterStage opened = feature.start();
            // F5 goes on where the test before left presenter mode; these tests begin on the whole country of PO.
            opened.view().model().resume(PresenterPlace.wholeCountry(Sector.PO));
            return opened;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(presenter.stage());
        return presenter.view().model();
    }

    private void press(KeyCode key) {
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * On a laptop at 200 % driving a 4K screen the map's frames were in layout pixels, half the screen's, and blown up:
     * the hall saw every line and name soft. The frame has the screen's pixels, shown at the map's layout size.
     */
    @Test
    void onAScreenAt200PercentTheMapIsDrawnInTheScreensOwnPixels() throws Exception {
        open();
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                presenter.stage().setRenderScaleX(2);
                presenter.stage().setRenderScaleY(2);
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            press(KeyCode.RIGHT);
            javafx.scene.image.ImageView shown = presenter.view().mapImage();
            javafx.scene.Node map = shown.getParent();

            assertEquals(2 * map.getLayoutBounds().getWidth(), shown.getImage().getWidth(), 1, "the screen's pixels");
            assertEquals(2 * map.getLayoutBounds().getHeight(), shown.getImage().getHeight(), 1);
            assertEquals(map.getLayoutBounds().getWidth(), shown.getBoundsInParent().getWidth(), 1, "over the map alone");
            assertEquals(map.getLayoutBounds().getHeight(), shown.getBoundsInParent().getHeight(), 1);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                presenter.stage().setRenderScaleX(1);
                presenter.stage().setRenderScaleY(1);
            }).get();
        }
    }

    /**
     * The accent bar was a left border on the card's rounded corners, which JavaFX ends in hooked points at top and
     * bottom, in large on a hall's screen. It is a background layer with its own rounded corners, as on the slides.
     */
    @Test
    void theCaptionsAccentBarIsALayerWithRoundedCornersNotABorderEndingInPoints() throws Exception {
        open();
        press(KeyCode.RIGHT);
        javafx.scene.layout.Region caption = (javafx.scene.layout.Region) presenter.stage().getScene()
                .lookup("#presenter-caption");

        assertTrue(caption.getBorder() == null || caption.getBorder().getStrokes().isEmpty(), "no border");
        var bar = caption.getBackground().getFills().get(0);
        assertEquals(10, bar.getRadii().getTopLeftHorizontalRadius(), 0.01);
        assertEquals(10, bar.getRadii().getBottomLeftHorizontalRadius(), 0.01);
        assertEquals(10, caption.getBackground().getFills().get(1).getInsets().getLeft(), 0.01, "the panel beside it");
    }

    @Test
    void rightAndLeftStepThroughTheRegionsNorthToSouthAndBackToTheCountry() throws Exception {
        PresenterModel model = open();
        assertTrue(presenter.stage().isShowing());
        assertNull(model.current(), "starts on the whole country");
        Region first = model.order().get(0);

        press(KeyCode.RIGHT);
        assertEquals(first, model.current());
        assertEquals(first.displayName(), presenter.view().headingText());
        assertEquals(java.util.Set.of(first.id()), model.spotlight());

        press(KeyCode.LEFT);
        assertNull(model.current(), "back to the country");
        press(KeyCode.PAGE_DOWN);
        press(KeyCode.HOME);
        assertNull(model.current());
    }

    @Test
    void theLastRegionSaysItIsTheLastSoAClickerThatDoesNothingMoreIsNoSurprise() throws Exception {
        PresenterModel model = open();
        robot.interact(() -> model.indexProperty().set(model.order().size() - 2));
        WaitForAsyncUtils.waitForFxEvents();
        String header = robot.lookup("#presenter-header").queryLabeled().getText();
        assertFalse(header.contains("de laatste"), header);

        press(KeyCode.RIGHT);
        press(KeyCode.RIGHT);
        assertEquals(model.order().get(model.order().size() - 1), model.current());
        int n = model.order().size();
        assertEquals("Primair onderwijs  ·  regio " + n + " van " + n + ", de laatste",
                robot.lookup("#presenter-header").queryLabeled().getText(), "and no key the audience need not read");
    }

    @Test
    void theDarkLookChosenWithDIsTheLookTheNextTimePresenterModeOpens() throws Exception {
        try {
            PresenterModel model = open();
            boolean startedDark = model.darkProperty().get();
            press(KeyCode.D);
            close();
            assertEquals(!startedDark, open().darkProperty().get(), "rehearsed dark, presented dark");
        } finally {
            prefs.remove("dark");
        }
    }

    @Test
    void theKeysShowAtTheFirstStartOfASessionAndNotWhenTheTalkReturnsToTheWholeCountry() throws Exception {
        PresenterModel model = new PresenterModel(app.state().regionMapsProperty().get(),
                app.state().geometryProperty().get(), Sector.PO, java.util.Map.of());
        model.reducedMotionProperty().set(true);
        presentAtTheSessionsFirstStart(model);
        assertTrue(presenter.view().keysShown(), "the presenter sees the keys at first");
        press(KeyCode.RIGHT);
        press(KeyCode.HOME);
        assertFalse(presenter.view().keysShown(), "the audience need not read them");
    }

    /** Opens presenter mode on {@code model} as the first start of the session, the keys not yet seen. */
    private void presentAtTheSessionsFirstStart(PresenterModel model) throws Exception {
        presenter = WaitForAsyncUtils.asyncFx(() -> {
            PresenterStage first = new PresenterStage(RunningAtlas.stage(), model, true);
            first.show();
            return first;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(presenter.stage());
    }

    /** The first start of a session on a region chosen in the main window: the presenter has not seen the keys yet. */
    @Test
    void theKeysShowAtTheFirstStartOfASessionOnARegionToo() throws Exception {
        PresenterModel model = new PresenterModel(app.state().regionMapsProperty().get(),
                app.state().geometryProperty().get(), Sector.VO, java.util.Map.of());
        model.reducedMotionProperty().set(true);
        model.resume(PresenterPlace.region(Sector.VO, "zwolle-en-omgeving"));
        presentAtTheSessionsFirstStart(model);
        assertTrue(presenter.view().keysShown(), "on Zwolle en omgeving");
        press(KeyCode.RIGHT);
        assertFalse(presenter.view().keysShown());
    }

    /** Esc by accident and F5: the talk goes on at HAK, and the audience is not shown the keys again. */
    @Test
    void f5AfterEscGoesOnAtTheRegionLeftWithoutTheKeys() throws Exception {
        PresenterModel model = open();
        stepTo(model, "hak");
        press(KeyCode.ESCAPE);
        assertEquals("hak", app.state().selectedRegionIdProperty().get());

        presenter = WaitForAsyncUtils.asyncFx(feature::start).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("hak", presenter.view().model().current().id());
        assertEquals("HAK", presenter.view().headingText());
        assertFalse(presenter.view().keysShown(), "the keys are for the first start of a session");
    }

    @Test
    void f1AndTheQuestionMarkShowTheKeysAndHideThemAgain() throws Exception {
        open();
        assertFalse(presenter.view().keysShown(), "not the session's first start");
        press(KeyCode.F1);
        assertTrue(presenter.view().keysShown());
        assertEquals(Messages.t("presenter.hint"), robot.lookup("#presenter-hint").queryLabeled().getText());
        press(KeyCode.RIGHT);
        assertTrue(presenter.view().keysShown(), "asked for, they stay while the presenter steps");
        press(KeyCode.F1);
        assertFalse(presenter.view().keysShown());
        robot.write('?');
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(presenter.view().keysShown(), "? as well, which is Shift and some key on most keyboards");
        robot.write('?');
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(presenter.view().keysShown());
    }

    @Test
    void aThemeTourBeginsWithANoticeWithoutKeysAndF1ShowsTheToursKeys() throws Exception {
        PresenterModel model = open();
        org.junit.jupiter.api.Assumptions.assumeFalse(model.atlas().data().themes().isEmpty(), "data has themes");
        press(KeyCode.T);
        assertEquals("Themaronde langs " + model.atlas().data().themes().size() + " thema’s",
                robot.lookup("#presenter-hint").queryLabeled().getText());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#presenter-hint").query().isVisible());
        press(KeyCode.F1);
        assertEquals(Messages.t("presenter.themeTour.keys"), robot.lookup("#presenter-hint").queryLabeled().getText());
    }

    @Test
    void bOrTheFullStopBlacksTheScreenAndAStepKeyBringsThePictureBackOnTheSameRegion() throws Exception {
        PresenterModel model = open();
        press(KeyCode.RIGHT);
        Region shown = model.current();
        press(KeyCode.B);
        javafx.scene.Node black = robot.lookup("#presenter-black").query();
        assertTrue(black.isVisible(), "black");
        assertEquals(presenter.view().getWidth(), black.getBoundsInParent().getWidth(), 0.5, "over the whole screen");
        press(KeyCode.PAGE_DOWN);
        assertFalse(black.isVisible(), "the picture is back");
        assertEquals(shown, model.current(), "where it was");
        press(KeyCode.PERIOD);
        assertTrue(black.isVisible());
        press(KeyCode.PERIOD);
        assertFalse(black.isVisible());
    }

    @Test
    void endStepsToTheLastRegion() throws Exception {
        PresenterModel model = open();
        press(KeyCode.END);
        assertEquals(model.order().get(model.order().size() - 1), model.current());
    }

    @Test
    void theWholeCountryExplainsTheStripesAndTheGapsOfTheShownSector() throws Exception {
        open();
        String intro = robot.lookup("#presenter-caption .caption-intro").queryLabeled().getText();
        assertEquals("54 gemeenten liggen in twee of meer regio’s (gestreept), 2 in geen enkele regio (grijs gearceerd).",
                intro, "the published PO map: Reusel-De Mierden and Vlieland lie in no PO region");
        assertEquals("29 regio’s op de kaart; landelijk, zonder eigen gebied: Koerskracht (PLG+), Progressus",
                robot.lookup("#presenter-caption .caption-sub").queryLabeled().getText(), "named, not only counted");
        assertEquals("Onderwijsregio’s primair\u00a0onderwijs", presenter.view().headingText());
        press(KeyCode.DIGIT3);
        intro = robot.lookup("#presenter-caption .caption-intro").queryLabeled().getText();
        assertEquals("56 gemeenten liggen in twee of meer regio’s (gestreept), één in geen enkele regio (grijs gearceerd).",
                intro, "MBO: only Ouder-Amstel");
        assertEquals("20 regio’s op de kaart; landelijk, zonder eigen gebied: Progressus, Landelijke Groene Onderwijsregio",
                robot.lookup("#presenter-caption .caption-sub").queryLabeled().getText());
    }

    @Test
    void digitsSwitchSectorAndMShowsTheThreeMapsSideBySide() throws Exception {
        PresenterModel model = open();
        press(KeyCode.DIGIT2);
        assertEquals(Sector.VO, model.sector());
        press(KeyCode.DIGIT3);
        assertEquals(Sector.MBO, model.sector());

        press(KeyCode.M);
        assertEquals(PresenterModel.Layout.SMALL_MULTIPLES, model.layoutProperty().get());
        assertTrue(robot.lookup("#presenter-multiples").query().isVisible());
        assertEquals("29 regio’s op de kaart\n54 gemeenten in twee of meer (gestreept)\n2 in geen enkele regio (grijs gearceerd)",
                presenter.view().multiplesDescription(Sector.PO), "the three maps stand without a legend");
        assertEquals("20 regio’s op de kaart\n56 gemeenten in twee of meer (gestreept)\nEén in geen enkele regio (grijs gearceerd)",
                presenter.view().multiplesDescription(Sector.MBO));
        press(KeyCode.M);
        assertEquals(PresenterModel.Layout.MAP, model.layoutProperty().get());
        press(KeyCode.DIGIT1);
        assertEquals(Sector.PO, model.sector());
    }

    @Test
    void switchingSectorOnZwolleShowsZwolleInTheNewSectorAndNoRegionInBetween() throws Exception {
        PresenterModel model = open();
        Region zwolle = model.order().stream().filter(r -> r.id().equals("zwolle-en-omgeving")).findFirst().orElseThrow();
        while (model.current() != zwolle) {
            press(KeyCode.RIGHT);
        }
        javafx.scene.control.Label heading = robot.lookup("#presenter-heading").queryAs(javafx.scene.control.Label.class);
        java.util.List<String> shown = new java.util.ArrayList<>();
        javafx.beans.value.ChangeListener<String> watch = (o, a, text) -> shown.add(text);
        robot.interact(() -> heading.textProperty().addListener(watch));

        press(KeyCode.DIGIT2);
        robot.interact(() -> heading.textProperty().removeListener(watch));

        assertEquals(Sector.VO, model.sector());
        assertEquals(zwolle, model.current());
        assertTrue(shown.stream().allMatch(t -> t.equals(zwolle.displayName())),
                "only Zwolle en omgeving was shown, not the region at Zwolle's place in the PO order: " + shown);
    }

    @Test
    void escLeavesAndHandsTheSectorAndRegionBackToTheMainWindow() throws Exception {
        PresenterModel model = open();
        press(KeyCode.DIGIT2);
        press(KeyCode.SPACE);
        Region shown = model.current();
        assertNotNull(shown);

        press(KeyCode.ESCAPE);
        assertFalse(presenter.stage().isShowing());
        assertEquals(Sector.VO, app.state().sectorProperty().get());
        assertEquals(shown.id(), app.state().selectedRegionIdProperty().get());
    }

    @Test
    void ctrlRightMovesTheRegionLaterAndTheOrderIsKeptForTheNextPresentation() throws Exception {
        PresenterModel model = open();
        List<Region> firstTwo = moveTheFirstRegionOnePlaceLater(model);
        Region first = firstTwo.get(0);
        Region second = firstTwo.get(1);
        assertEquals(first, model.order().get(1), "moved one place later");
        assertEquals(second, model.order().get(0));
        assertEquals(first, model.current(), "the spotlight stays on it");
        press(KeyCode.ESCAPE);

        PresenterModel again = open();
        assertEquals(second, again.order().get(0), "the custom order was saved");
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, again.order().get(0), "back to north to south");
    }

    /** Steps to the first region and moves it one place later with Ctrl+→; returns the first two as they were. */
    private List<Region> moveTheFirstRegionOnePlaceLater(PresenterModel model) {
        press(KeyCode.RIGHT);
        List<Region> firstTwo = List.copyOf(model.order().subList(0, 2));
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        return firstTwo;
    }

    @Test
    void theOrderOfATalkTravelsInAFileAndUnknownRegionsAreSkippedAndSaid() throws Exception {
        List<Region> firstTwo = moveTheFirstRegionOnePlaceLater(open());
        Region first = firstTwo.get(0);
        Region second = firstTwo.get(1);
        press(KeyCode.ESCAPE);
        Path talk = talks.resolve("congres.json");
        WaitForAsyncUtils.asyncFx(() -> feature.saveOrders(talk)).get();
        assertTrue(Files.readString(talk).contains("\"" + second.id() + "\""), "the file names the regions by id");

        // The congress laptop: north to south until the talk's file is opened.
        prefs.remove("order.PO");
        Files.writeString(talk, Files.readString(talk).replace("\"" + second.id() + "\"",
                "\"" + second.id() + "\", \"regio-die-niet-bestaat\""));
        WaitForAsyncUtils.asyncFx(() -> feature.openOrders(talk)).get();
        assertEquals("Volgorde van de presentatie geladen uit congres.json; één regio die deze atlas niet kent, "
                + "is overgeslagen.", app.state().statusProperty().get());
        PresenterModel onStage = open();
        assertEquals(List.of(second, first), onStage.order().subList(0, 2));
        press(KeyCode.ESCAPE);
        prefs.remove("order.PO");
    }

    @Test
    void aBrokenOrderFileIsRefusedWithItsLineAndTheOrderStays() throws Exception {
        Path broken = talks.resolve("kapot.json");
        Files.writeString(broken, "{ \"schemaVersion\": 1, \"orders\": { \"PO\": [\"a\", } }");
        prefs.put("order.PO", "zwolle-en-omgeving");
        WaitForAsyncUtils.asyncFx(() -> feature.openOrders(broken));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().contains("kapot.json"), dialog.getHeaderText());
        assertTrue(dialog.getContentText().contains("regel 1"), dialog.getContentText());
        robot.interact(() -> ((javafx.stage.Stage) dialog.getScene().getWindow()).close());
        assertEquals("zwolle-en-omgeving", prefs.get("order.PO", ""), "the order kept");
        prefs.remove("order.PO");
    }

    @Test
    void tStepsThroughTheThemesHighlightingRegionsWithCasesOnEach() throws Exception {
        PresenterModel model = open();
        org.junit.jupiter.api.Assumptions.assumeFalse(model.atlas().data().themes().isEmpty(), "data has themes");
        press(KeyCode.T);
        var theme = model.themeProperty().get();
        assertEquals(model.atlas().data().themes().get(0), theme);
        assertEquals(theme.name().in(nl.onderwijsregio.atlas.ui.i18n.Messages.current().locale()),
                presenter.view().headingText());
        for (String id : model.spotlight()) {
            Region r = model.atlas().region(id).orElseThrow();
            assertTrue(r.cases().stream().anyMatch(c -> theme.id().equals(c.themeId())), id + " has a case on it");
            assertTrue(r.serves(model.sector()), id + " is on the shown sector's map");
        }
        long anywhere = model.atlas().regions().stream()
                .filter(r -> r.cases().stream().anyMatch(c -> theme.id().equals(c.themeId()))).count();
        String sub = robot.lookup("#presenter-caption .caption-sub").queryLabeled().getText();
        assertTrue(anywhere == model.spotlight().size() || sub.contains(" van de " + anywhere + " "),
                "the caption says how many of all " + anywhere + " regions this map shows: " + sub);
        for (Region elsewhere : model.regionsElsewhereWithCasesOn(theme)) {
            assertTrue(sub.contains(elsewhere.displayName() + " ("), "names where the others are: " + sub);
        }
        press(KeyCode.HOME);
        assertNull(model.themeProperty().get(), "the whole country ends the tour");
    }

    @Test
    void aClickerStepsThroughTheThemesOnceTheTourIsOnAndBackOutOfIt() throws Exception {
        PresenterModel model = open();
        var themes = model.atlas().data().themes();
        org.junit.jupiter.api.Assumptions.assumeTrue(themes.size() >= 2, "data has themes");
        press(KeyCode.T);
        press(KeyCode.PAGE_DOWN);
        assertEquals(themes.get(1), model.themeProperty().get(), "the clicker's next is the next theme");
        assertEquals(PresenterModel.OVERVIEW, model.indexProperty().get(), "no region is stepped to");
        press(KeyCode.PAGE_UP);
        assertEquals(themes.get(0), model.themeProperty().get());
        press(KeyCode.PAGE_UP);
        assertNull(model.themeProperty().get(), "back before the first theme: the tour is over");
        press(KeyCode.PAGE_DOWN);
        assertEquals(0, model.indexProperty().get(), "and the clicker steps through the regions again");
    }

    @Test
    void aClickerPressedPastTheLastThemeStaysOnItAsItStaysOnTheLastRegion() throws Exception {
        PresenterModel model = open();
        var themes = model.atlas().data().themes();
        org.junit.jupiter.api.Assumptions.assumeTrue(themes.size() >= 2, "data has themes");
        press(KeyCode.T);
        for (int i = 1; i < themes.size(); i++) {
            press(KeyCode.RIGHT);
        }
        var last = themes.get(themes.size() - 1);
        assertEquals(last, model.themeProperty().get());
        String header = robot.lookup("#presenter-header").queryLabeled().getText();
        assertTrue(header.endsWith("Themaronde, thema " + themes.size() + " van " + themes.size() + ", het laatste"),
                header);

        press(KeyCode.RIGHT);
        press(KeyCode.SPACE);
        assertEquals(last, model.themeProperty().get(), "the tour stays on its last theme");
        assertEquals(PresenterModel.OVERVIEW, model.indexProperty().get(), "and steps to no region");
    }

    @Test
    void schoolleidersWithItsOnlyCaseInPoIsTouredOnThePoMapWhenTheTourRunsOnVo() throws Exception {
        PresenterModel model = open();
        press(KeyCode.DIGIT2);
        press(KeyCode.T);
        for (int i = 0; i < 10 && !isTheme(model, "schoolleiders"); i++) {
            press(KeyCode.RIGHT);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(isTheme(model, "schoolleiders"), "the data has Schoolleiders");

        assertEquals(Sector.PO, model.sector(), "not an empty VO map: Oost-Nederland's case is a PO one");
        assertTrue(model.spotlight().contains("oost-nederland"), model.spotlight().toString());
        assertEquals("2 regio’s met praktijkvoorbeelden (geen op de VO-kaart)",
                robot.lookup("#presenter-caption .caption-sub").queryLabeled().getText(), "the audience is told why");
    }

    private static boolean isTheme(PresenterModel model, String id) {
        return model.themeProperty().get() != null && model.themeProperty().get().id().equals(id);
    }

    @Test
    void aThemeTourGoesOnInTheSectorSwitchedTo() throws Exception {
        PresenterModel model = open();
        org.junit.jupiter.api.Assumptions.assumeFalse(model.atlas().data().themes().isEmpty(), "data has themes");
        press(KeyCode.T);
        var theme = model.themeProperty().get();

        press(KeyCode.DIGIT3);

        assertEquals(Sector.MBO, model.sector());
        assertEquals(theme, model.themeProperty().get(), "the same theme, now on the MBO map");
        assertEquals(model.regionsWithCasesOn(theme), model.spotlight());
        for (String id : model.spotlight()) {
            assertTrue(model.atlas().region(id).orElseThrow().serves(Sector.MBO), id + " is an MBO region");
        }
        assertTrue(presenter.view().headingText().contains(
                theme.name().in(nl.onderwijsregio.atlas.ui.i18n.Messages.current().locale())));
    }

    @Test
    void withMotionAStepFliesAndLandsOnTheRegionBesideTheCaption() throws Exception {
        PresenterModel model = open();
        WaitForAsyncUtils.asyncFx(() -> app.state().reducedMotionProperty().set(false)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> presenter.view().isSettled());
        var before = presenter.view().viewport();

        // One event on the FX thread: the step and what the view does right after it, with no frame between.
        var afterStep = WaitForAsyncUtils.asyncFx(() -> {
            model.next();
            return new Object[] {presenter.view().isFlying(), presenter.view().viewport()};
        }).get();
        assertTrue((Boolean) afterStep[0], "a flight, not a cut");
        assertEquals(before, afterStep[1], "it leaves from the whole country");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> presenter.view().isSettled());

        var after = presenter.view().viewport();
        assertTrue(after.scale() > before.scale(), "zoomed in from the country to " + model.current());
        var bounds = nl.onderwijsregio.atlas.core.export.ExportPictures.regionBounds(
                nl.onderwijsregio.atlas.core.render.MapScene.of(model.regionMaps(), model.sector()), model.current());
        double centreX = after.x(bounds.centre().x);
        assertTrue(centreX > after.width() * 0.38, "the region sits right of the caption: x=" + centreX);
        WaitForAsyncUtils.asyncFx(() -> app.state().reducedMotionProperty().set(true)).get();
    }

    @Test
    void withReducedMotionAStepIsACutThatLandsAtOnce() throws Exception {
        PresenterModel model = open();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> presenter.view().isSettled());
        var country = presenter.view().viewport();
        // One event on the FX thread: the key and what the view shows right after it, with no frame between.
        var afterStep = WaitForAsyncUtils.asyncFx(() -> {
            model.next();
            return new Object[] {presenter.view().isFlying(), presenter.view().viewport()};
        }).get();
        assertFalse((Boolean) afterStep[0], "no flight under reduced motion");
        var landed = (nl.onderwijsregio.atlas.core.render.Viewport) afterStep[1];
        assertTrue(landed.scale() > country.scale(), "already at " + model.current() + ", not on the way");
    }

    @Test
    void f5InTheMainWindowOpensPresenterModeAndEscLeavesIt() throws Exception {
        javafx.stage.Stage main = RunningAtlas.stage();
        WaitForAsyncUtils.asyncFx(() -> {
            app.state().reducedMotionProperty().set(true);
            main.toFront();
            main.requestFocus();
        }).get();
        var menuBar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        assertEquals(1, menuBar.getMenus().stream().mapToLong(menu -> itemsIn(menu, "presenter-start")).sum(),
                "one menu item, and so one F5, starts presenter mode");
        assertEquals(1, app.window().toolBar().getItems().stream()
                .filter(button -> "presenter-button".equals(button.getId())).count(), "and one button");
        robot.targetWindow(main);
        press(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> presenterWindow() != null);
        javafx.stage.Window shown = presenterWindow();
        robot.targetWindow(shown);
        press(KeyCode.ESCAPE);
        assertFalse(shown.isShowing());
    }

    /**
     * F5 pressed while the map still loads was dropped, saying only that the map had not loaded, or acted seconds later
     * unasked. It is remembered, said, and opens presenter mode when the map is there.
     */
    @Test
    void f5BeforeTheMapHasLoadedOpensPresenterModeOnceItHas() throws Exception {
        var maps = app.state().regionMapsProperty().get();
        javafx.stage.Stage main = mainWindowWhileTheMapLoads();
        robot.interact(() -> app.state().statusProperty().set("342 gemeenten en 49 onderwijsregio’s geladen"));
        try {
            press(KeyCode.F5);
            assertEquals("Presentatie opent zodra de kaart klaar is", app.state().statusProperty().get());
            assertNull(presenterWindow(), "not yet");
        } finally {
            robot.interact(() -> app.state().regionMapsProperty().set(maps));
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> presenterWindow() != null);
        assertEquals("342 gemeenten en 49 onderwijsregio’s geladen", app.state().statusProperty().get(),
                "the atlas had loaded, only its maps were awaited: the status line says again what it said");
        javafx.stage.Window shown = presenterWindow();
        robot.targetWindow(shown);
        press(KeyCode.ESCAPE);
        assertFalse(shown.isShowing());
        robot.targetWindow(main);
    }

    @Test
    void aSecondF5OrEscWhileTheMapLoadsCancelsTheStart() throws Exception {
        var maps = app.state().regionMapsProperty().get();
        mainWindowWhileTheMapLoads();
        try {
            press(KeyCode.F5);
            press(KeyCode.F5);
            assertEquals("Presentatie geannuleerd", app.state().statusProperty().get());
            press(KeyCode.F5);
            press(KeyCode.ESCAPE);
            assertEquals("Presentatie geannuleerd", app.state().statusProperty().get());
        } finally {
            robot.interact(() -> app.state().regionMapsProperty().set(maps));
        }
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(presenterWindow(), "nothing opens once the map is there");
    }

    /** The main window in front, its map taken away as if it were still loading. */
    private javafx.stage.Stage mainWindowWhileTheMapLoads() throws Exception {
        javafx.stage.Stage main = RunningAtlas.stage();
        WaitForAsyncUtils.asyncFx(() -> {
            app.state().reducedMotionProperty().set(true);
            app.state().regionMapsProperty().set(null);
            main.toFront();
            main.requestFocus();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(main);
        return main;
    }

    private static long itemsIn(javafx.scene.control.Menu menu, String id) {
        return menu.getItems().stream().mapToLong(item -> (id.equals(item.getId()) ? 1 : 0)
                + (item instanceof javafx.scene.control.Menu sub ? itemsIn(sub, id) : 0)).sum();
    }

    private static javafx.stage.Window presenterWindow() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#presenter-view") != null)
                .findFirst().orElse(null);
    }

    @Test
    void noRegionAndNotTheCountryIsEverShownUnderTheCaptionCard() throws Exception {
        PresenterModel model = open();
        for (KeyCode sector : new KeyCode[] {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3}) {
            press(sector);
            press(KeyCode.HOME);
            assertClearOfCaption(model.geometry().bounds(), "the country in " + model.sector());
            for (int i = 0; i < model.order().size(); i++) {
                press(KeyCode.RIGHT);
                Region r = model.current();
                var bounds = nl.onderwijsregio.atlas.core.export.ExportPictures.regionBounds(
                        nl.onderwijsregio.atlas.core.render.MapScene.of(model.regionMaps(), model.sector()), r);
                assertClearOfCaption(bounds, r.displayName() + " in " + model.sector());
            }
        }
        press(KeyCode.HOME);
        if (!model.atlas().data().themes().isEmpty()) {
            press(KeyCode.T);
            assertClearOfCaption(model.geometry().bounds(), "the country in the theme tour");
        }
    }

    private void assertClearOfCaption(org.locationtech.jts.geom.Envelope plane, String what) {
        var v = presenter.view().viewport();
        var onScreen = new javafx.geometry.BoundingBox(v.x(plane.getMinX()), v.y(plane.getMinY()),
                plane.getWidth() * v.scale(), plane.getHeight() * v.scale());
        var card = presenter.view().captionBounds();
        assertFalse(onScreen.intersects(card), what + " at " + onScreen + " lies under the caption " + card);
        assertTrue(onScreen.getMinX() >= 0 && onScreen.getMaxX() <= v.width() && onScreen.getMinY() >= 0
                && onScreen.getMaxY() <= v.height(), what + " at " + onScreen + " is on the screen");
    }

    @Test
    void rijkVanNijmegensCaptionCarriesTheDoubtAboutItsFiguresAndZwollesTheKeyToItsStripes() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> app.state().findings().report().atlas() == app.state().atlasProperty().get());
        PresenterModel model = open();
        stepTo(model, "rijk-van-nijmegen");
        assertEquals(List.of("⚠ Rijk van Nijmegen heeft dezelfde kerncijfers als Rond Bommel en Dommel."), captionNotes(),
                "the detail pane's doubt, under the figures");

        stepTo(model, "zwolle-en-omgeving");
        assertEquals(List.of("Gestreept: gemeente in meer regio’s"), captionNotes(),
                "no doubt about Zwolle's figures, but its municipalities shared with other regions are striped");
    }

    @Test
    void theMapsRegionNamesAreSetInLargeTypeForTheHallOnEachStepAndAsInTheWindowOnTheWholeCountry() throws Exception {
        PresenterModel model = open();
        assertEquals(1, presenter.view().mapScene().labelScale(),
                "the whole country: in large type a single name would fit, as if that region mattered more");
        press(KeyCode.RIGHT);
        assertEquals(MapScene.HALL_LABEL_SCALE, presenter.view().mapScene().labelScale(), model.current().displayName());
        // the rule a slide of the region shares (SlideAsPresentedTest), at the screen's own height
        assertEquals(MapScene.hallPixelScale(presenter.view().getHeight()), presenter.view().mapScene().pixelScale());
        assertTrue(app.window().mapLayer().scene().labelScale() == 1, "the window's names stay as they were");
    }

    @Test
    void theVoTourSetsFrieslandNoordelijkFlevolandAndMiddenEnWestBrabantInOneSize() throws Exception {
        PresenterModel model = open();
        press(KeyCode.DIGIT2);
        stepTo(model, "friesland-noordelijk-flevoland");
        double friesland = headingFontSize();
        stepTo(model, "midden-west-brabant");
        assertEquals(friesland, headingFontSize(), "the name does not jump in size between steps of one tour");
    }

    private double headingFontSize() {
        return robot.lookup("#presenter-heading").queryAs(javafx.scene.control.Label.class).getFont().getSize();
    }

    private void stepTo(PresenterModel model, String regionId) {
        robot.interact(() -> model.indexProperty().set(model.order().indexOf(model.atlas().region(regionId)
                .orElseThrow())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> captionNotes() {
        return robot.lookup("#presenter-caption-notes .caption-note").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).toList();
    }

    @Test
    void theTypeIsSizedForFullHdAndScaledToTheScreenButNotBelowLegible() {
        assertEquals(1, PresenterView.typeScale(1920, 1080));
        assertEquals(2, PresenterView.typeScale(3840, 2160));
        assertEquals(1280 / 1920.0, PresenterView.typeScale(1280, 800), 1e-9, "the narrower side rules");
        assertEquals(0.6, PresenterView.typeScale(1024, 768), "a 4:3 projector: not smaller than 60 %");
    }

    @Test
    void onAScreenSmallerThanFullHdTheCaptionLeavesMostOfTheMapFree() throws Exception {
        PresenterModel model = open();
        press(KeyCode.RIGHT);
        double screen = presenter.view().getWidth();
        var card = presenter.view().captionBounds();
        assertTrue(screen < 1920, "Monocle's screen is smaller than full HD: " + screen);
        assertTrue(card.getMaxX() < screen / 2, "the card of " + model.current().displayName() + " ends at "
                + card.getMaxX() + " on a screen " + screen + " wide");
    }

    @Test
    void aLongHyphenatedNameStepsDownInSizeSoItIsNeverCutInsideTheWord() throws Exception {
        var font = javafx.scene.text.Font.font("DejaVu Sans", javafx.scene.text.FontWeight.BOLD, 56);
        String name = "Zaanstreek-Waterland-Amstelland";
        double size = WaitForAsyncUtils.asyncFx(() -> PresenterCaption.headingSize(name, font, 600)).get();
        assertTrue(size < 56, "stepped down: " + size);
        double width = WaitForAsyncUtils.asyncFx(() -> {
            var t = new javafx.scene.text.Text(name);
            t.setFont(javafx.scene.text.Font.font("DejaVu Sans", javafx.scene.text.FontWeight.BOLD, size));
            return t.getLayoutBounds().getWidth();
        }).get();
        assertTrue(width <= 600, "the whole word fits on one line: " + width);
        assertEquals(56, WaitForAsyncUtils.asyncFx(() -> PresenterCaption.headingSize("Twente", font, 600)).get());
    }
}
