package nl.onderwijsregio.atlas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.onderwijsregio.atlas.ui.InTheRunningAtlas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The orange edit bar in the real app says what to do in the view shown: in the national picture or the table there
 * is no map to click a region or municipalities on, so it points at the pane on the right and the way to the map.
 */
class EditBarInEveryViewTest extends InTheRunningAtlas {

    @AfterEach
    void backToTheMapWithoutEditing() {
        clickOn("#view-map");
        interact(() -> {
            app.state().editModeProperty().set(false);
            app.state().selectedRegionIdProperty().set(null);
        });
    }

    @Test
    void inTheNationalPictureTheBarAsksForARegionInThePaneNotOnTheMap() {
        interact(() -> app.state().editModeProperty().set(true));
        assertEquals("Bewerkmodus: klik op een regio om die te bewerken, of kies er een in het paneel rechts", bar());

        clickOn("#view-national");
        assertEquals("Bewerkmodus: kies in het paneel rechts een regio om die te bewerken; gemeenten klikt u aan op de "
                + "kaart (Beeld › Kaart)", bar());

        interact(() -> app.state().selectedRegionIdProperty().set("zwolle-en-omgeving"));
        assertEquals("Bewerkmodus: Zwolle en omgeving bewerkt u in het paneel rechts; gemeenten klikt u aan op de kaart "
                + "(Beeld › Kaart) of voegt u toe met Lijst plakken", bar());

        clickOn("#view-map");
        assertEquals("Bewerkmodus: klik gemeenten om ze aan Zwolle en omgeving toe te voegen of eruit te halen; "
                + "shift-slepen schildert meerdere", bar(), "the map is back, and clicks on it edit");
    }

    @Test
    void theTableAloneHasNoMapToClickOnButBesideTheMapItHas() {
        interact(() -> {
            app.state().editModeProperty().set(true);
            app.state().selectedRegionIdProperty().set("zwolle-en-omgeving");
        });
        clickOn("#view-table");
        assertEquals("Bewerkmodus: Zwolle en omgeving bewerkt u in het paneel rechts; gemeenten klikt u aan op de kaart "
                + "(Beeld › Kaart) of voegt u toe met Lijst plakken", bar(), "the table alone has no map");

        clickOn("#view-split");
        assertEquals("Bewerkmodus: klik gemeenten om ze aan Zwolle en omgeving toe te voegen of eruit te halen; "
                + "shift-slepen schildert meerdere", bar());
    }

    private String bar() {
        return lookup("#edit-banner").queryLabeled().getText();
    }
}
