package nl.onderwijsregio.atlas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import javafx.scene.control.TabPane;
import nl.onderwijsregio.atlas.ui.InTheRunningAtlas;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The editor's tab beside the browsing tabs in the real app: edit mode does not take the themes away. */
class EditModeBesideThemesTest extends InTheRunningAtlas {


    @Test
    void whileEditingZwolleEnOmgevingChoosingZijInstroomShowsTheThemeNotTheEditor() {
        interact(() -> {
            app.state().editModeProperty().set(true);
            app.state().selectedRegionIdProperty().set("zwolle-en-omgeving");
        });
        TabPane tabs = lookup("#detail-tabs").query();
        assertEquals("tab-editor", tabs.getSelectionModel().getSelectedItem().getId(), "the form, for the region chosen");

        clickOn(lookup("#tab-themes .tab-label").<javafx.scene.Node>query());
        clickOn("#theme-zij-instroom");

        assertEquals("tab-themes", tabs.getSelectionModel().getSelectedItem().getId());
        assertEquals(Set.of("amsterdam", "oost-nederland"), app.state().highlightedRegionIdsProperty().get(),
                "the map marks the theme's regions");
        assertTrue(lookup("#theme-highlight").queryLabeled().getText().startsWith("2 regio"),
                lookup("#theme-highlight").queryLabeled().getText());
    }
}
