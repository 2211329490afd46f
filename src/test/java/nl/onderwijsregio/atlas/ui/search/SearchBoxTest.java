package nl.onderwijsregio.atlas.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
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

/** The search field while "Kaart wordt geladen…": what was typed counts once the map is there. */
@ExtendWith(ApplicationExtension.class)
class SearchBoxTest {

    private final AtlasState state = new AtlasState();
    private SearchViewModel search;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.DUTCH);
        search = new SearchViewModel(state);
        stage.setScene(new Scene(new VBox(new SearchBox(search)), 400, 200));
        stage.show();
    }

    @Test
    void enterOnTextTypedWhileLoadingChoosesTheFirstResultOnceTheMapIsThere(FxRobot robot) {
        robot.clickOn("#search-field").write("Apeldoorn");

        robot.interact(() -> state.atlasProperty().set(SearchAtlases.withRegion("zwolle-en-omgeving", "Zwolle en omgeving")));
        robot.type(KeyCode.ENTER);

        assertEquals("GM0200", search.chosenMunicipalityProperty().get());
    }
}
