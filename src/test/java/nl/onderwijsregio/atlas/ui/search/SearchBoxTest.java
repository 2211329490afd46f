package nl.onderwijsregio.atlas.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.text.PlaceSearch;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The search field while "Kaart wordt geladen…": what was typed counts once the map is there. */
@ExtendWith(ApplicationExtension.class)
class SearchBoxTest {

    private final AtlasState state = new AtlasState();
    private SearchViewModel search;
    private SearchBox box;
    private MunicipalityCard card;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.DUTCH);
        search = new SearchViewModel(state);
        stage.setScene(new Scene(new VBox(box = new SearchBox(search), card = new MunicipalityCard(search)), 400, 400));
        stage.show();
    }

    @Test
    void enterOnTextTypedWhileLoadingChoosesTheFirstResultOnceTheMapIsThere(FxRobot robot) {
        robot.clickOn("#search-field").write("Apeldoorn");

        robot.interact(() -> state.atlasProperty().set(SearchAtlases.withRegion("zwolle-en-omgeving", "Zwolle en omgeving")));
        robot.type(KeyCode.ENTER);

        assertEquals("GM0200", search.chosenMunicipalityProperty().get());
    }

    /**
     * The focus stays in the field while Down highlights a result, so a screen reader read neither the list nor the
     * line: the field's help says how many were found and, once one is highlighted, that line with it.
     */
    @Test
    void aScreenReaderHearsTheCountAndTheLineHighlighted(FxRobot robot) {
        robot.interact(() -> state.atlasProperty().set(SearchAtlases.withRegion("zwolle-en-omgeving", "Zwolle en omgeving")));
        robot.clickOn("#search-field").write("zwolle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 resultaten", box.getAccessibleHelp(), "Zwolle, and the region named after it");

        robot.type(KeyCode.DOWN);
        String first = SearchViewModel.line(box.resultList().getItems().get(0));
        assertEquals(first + "; 2 resultaten", box.getAccessibleHelp());
        robot.type(KeyCode.DOWN);
        String second = SearchViewModel.line(box.resultList().getItems().get(1));
        assertEquals(second + "; 2 resultaten", box.getAccessibleHelp());

        robot.type(KeyCode.ESCAPE);
        assertEquals(null, box.getAccessibleHelp(), "the list put away, nothing to say");
    }

    @Test
    void theResultListIsAsTallAsItsHitsWithNoEmptyRowsBelow(FxRobot robot) {
        robot.interact(() -> state.atlasProperty().set(SearchAtlases.withRegion("zwolle-en-omgeving", "Zwolle en omgeving")));
        robot.clickOn("#search-field").write("zwolle");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<PlaceSearch.Hit> list = box.resultList();
        assertEquals(2, list.getItems().size(), "Zwolle, and the region named after it");
        double listBottom = list.localToScene(list.getBoundsInLocal()).getMaxY();
        List<? extends ListCell<?>> shown = list.lookupAll(".list-cell").stream()
                .map(n -> (ListCell<?>) n)
                .filter(c -> c.isVisible() && c.localToScene(c.getBoundsInLocal()).getMinY() < listBottom - 2)
                .toList();
        assertTrue(shown.stream().allMatch(c -> c.getItem() != null), "an empty row shows below the hits");
        assertEquals(2, shown.size());
    }

    @Test
    void afterChoosingTheFieldNamesThePlaceFoundAndTheNextSearchStartsAfresh(FxRobot robot) {
        robot.interact(() -> state.atlasProperty().set(SearchAtlases.withRegion("zwolle-en-omgeving", "Zwolle en omgeving")));
        robot.clickOn("#search-field").write("zwole");
        robot.type(KeyCode.ENTER);

        assertEquals(SearchAtlases.ZWOLLE, search.chosenMunicipalityProperty().get());
        assertEquals("Zwolle", box.getText(), "the place found, not the typo");
        assertFalse(box.resultList().getScene().getWindow().isShowing(), "no popup for the name just chosen");

        robot.clickOn("#search-field").write("apeldoorn");
        assertEquals("apeldoorn", box.getText(), "typing replaces the chosen name");
    }

    @Test
    void atExtraLargeTypeInAThickFrameAllEightBergHitsShowWithoutScrolling(FxRobot robot) throws Exception {
        var atlas = TestData.bundledAtlas();
        robot.interact(() -> {
            box.setStyle("-fx-font-size: 19.5px");
            // a frame as thick as the high-contrast theme's
            box.resultList().getStylesheets().add("data:text/css;base64," + java.util.Base64.getEncoder()
                    .encodeToString("#search-results { -fx-border-width: 3px; -fx-border-color: white; }".getBytes()));
            state.atlasProperty().set(atlas);
        });
        robot.clickOn("#search-field").write("berg");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<PlaceSearch.Hit> list = box.resultList();
        assertEquals(8, list.getItems().size(), "Bergen (L.), Bergen (NH.), Bergeijk, …");

        for (int i = 0; i < 8; i++) {
            robot.type(KeyCode.DOWN);
        }

        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        assertEquals(7, list.getSelectionModel().getSelectedIndex());
        assertEquals(0, flow.getFirstVisibleCell().getIndex(), "the list scrolled");
        assertEquals(0, flow.getFirstVisibleCell().getLayoutY(), 0.5, "Bergen (L.) partly scrolled away");
        assertEquals(7, flow.getLastVisibleCell().getIndex());
        assertTrue(list.getFixedCellSize() >= 1.5 * 19.5, "a row with room for its text at this size, not "
                + list.getFixedCellSize() + " px");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void atExtraLargeTypeLeidenDuinEnBollenstreekIsReadWhole(FxRobot robot) {
        robot.interact(() -> {
            box.setStyle("-fx-font-size: 19.5px");
            state.atlasProperty().set(SearchAtlases.withRegion("leiden-duin-en-bollenstreek-vo-mbo",
                    "Leiden, Duin- en Bollenstreek (vo/mbo)"));
        });
        robot.clickOn("#search-field").write("bollenstreek");
        WaitForAsyncUtils.waitForFxEvents();

        ListCell<?> first = (ListCell<?>) box.resultList().lookupAll(".list-cell").iterator().next();
        String shown = ((javafx.scene.text.Text) first.lookup(".text")).getText();
        assertEquals(first.getText(), shown, "no ellipsis");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aResultLineNamesApeldoornItsKindAndItsProvince(FxRobot robot) {
        robot.interact(() -> state.atlasProperty().set(SearchAtlases.withRegion("zwolle-en-omgeving", "Zwolle en omgeving")));
        robot.clickOn("#search-field").write("apeldoorn");
        WaitForAsyncUtils.waitForFxEvents();

        ListCell<?> first = (ListCell<?>) box.resultList().lookupAll(".list-cell").iterator().next();
        assertEquals("Apeldoorn  ·  gemeente, Gelderland", first.getText());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aFirstEscapeClosesTheListOfFoodValleyAndASecondClearsTheField(FxRobot robot) {
        robot.interact(() -> state.atlasProperty().set(SearchAtlases.withRegion("food-valley", "Food Valley")));
        robot.clickOn("#search-field").write("food valley");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(listShowing(), "Food Valley · regio is offered");

        robot.type(KeyCode.ESCAPE);
        assertFalse(listShowing());
        assertEquals("food valley", box.getText(), "the first Escape only puts the list away");

        robot.type(KeyCode.ESCAPE);
        assertEquals("", box.getText());
        assertFalse(listShowing());
    }

    @Test
    void undoingTheDeletionOfHollandsNoordenDoesNotOpenTheListPutAway(FxRobot robot) {
        var withHollandsNoorden = SearchAtlases.withRegion("hollands-noorden", "Hollands Noorden");
        robot.interact(() -> state.atlasProperty().set(withHollandsNoorden));
        robot.clickOn("#search-field").write("hollands noorden");
        robot.type(KeyCode.ESCAPE);
        assertTrue(box.isFocused(), "the field keeps the focus, as when an edit is made from the menu");

        robot.interact(() -> state.atlasProperty().set(SearchAtlases.withRegion("zwolle-en-omgeving", "Zwolle en omgeving")));
        robot.interact(() -> state.atlasProperty().set(withHollandsNoorden));
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(listShowing(), "the data changed; nobody typed");
        assertEquals("hollands noorden", box.getText());
    }

    private boolean listShowing() {
        return box.resultList().getScene() != null && box.resultList().getScene().getWindow() != null
                && box.resultList().getScene().getWindow().isShowing();
    }

    @Test
    void zwollesCardIsClosedWithAButtonAScreenReaderCallsSluiten(FxRobot robot) {
        robot.interact(() -> state.atlasProperty().set(SearchAtlases.withRegion("zwolle-en-omgeving", "Zwolle en omgeving")));
        robot.clickOn("#search-field").write("zwolle").type(KeyCode.ENTER);
        assertTrue(card.isVisible());
        assertEquals("Zwolle (Overijssel)", robot.lookup("#municipality-card .title").queryLabeled().getText());

        javafx.scene.control.Button close = robot.lookup("#municipality-card-close").queryButton();
        assertEquals("Sluiten", close.getAccessibleText(), "not \"times\", as the sign alone is read");
        robot.clickOn(close);

        assertFalse(card.isVisible());
        assertEquals(null, search.chosenMunicipalityProperty().get());
    }

    @Test
    void bergenNhTypedAsPeopleWriteItChoosesBergenInNoordHolland(FxRobot robot) throws Exception {
        var atlas = TestData.bundledAtlas();
        robot.interact(() -> state.atlasProperty().set(atlas));
        robot.clickOn("#search-field").write("bergen nh").type(KeyCode.ENTER);

        assertEquals("GM0373", search.chosenMunicipalityProperty().get(), "Bergen (NH.), not Bergen (L.)");
        assertEquals("Bergen (NH.)", box.getText());
        assertEquals("Bergen (Noord-Holland)", robot.lookup("#municipality-card .title").queryLabeled().getText(),
                "the province once, not \"Bergen (NH.) (Noord-Holland)\"");
    }

    /** At Extra groot in high contrast the card's sectors read whole: "MBO", not "…". */
    @Test
    void atExtraLargeTextTheCardNamesEverySectorWhole(FxRobot robot) {
        nl.onderwijsregio.atlas.ui.Appearance contrast = nl.onderwijsregio.atlas.ui.Appearance.HIGH_CONTRAST;
        robot.interact(() -> {
            Scene scene = card.getScene();
            scene.getStylesheets().addAll(MunicipalityCard.class.getResource("/css/map.css").toExternalForm(),
                    MunicipalityCard.class.getResource(contrast.stylesheet()).toExternalForm(),
                    nl.onderwijsregio.atlas.ui.TextSize.EXTRA_LARGE.stylesheet(contrast));
            state.atlasProperty().set(SearchAtlases.withRegion("zwolle-en-omgeving", "Zwolle en omgeving"));
        });
        robot.clickOn("#search-field").write("zwolle").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        var sectors = robot.lookup("#municipality-card .sector").queryAllAs(javafx.scene.control.Label.class);
        assertEquals(3, sectors.size());
        for (javafx.scene.control.Label sector : sectors) {
            assertEquals(sector.getText(), ((javafx.scene.text.Text) sector.lookup(".text")).getText());
        }
    }
}
