package nl.onderwijsregio.atlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.ui.MapEditHandler;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The map in edit mode, in the real window on the bundled data: clicks and strokes go to the editor, and the map follows each edit. */
class MapEditingFeatureTest extends BundledAtlasWindow {

    @Test
    void inEditModeTheHoverCardCarriesTheEditorsNote() {
        moveTo(onScreen("GM0193"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lookup("#map-tooltip .note").query().isVisible(), "browsing: no note");
        interact(() -> {
            state.editModeProperty().set(true);
            state.mapEditHandlerProperty().set(new MapEditHandler() {
                @Override
                public void stroke(List<String> codes) {
                }

                @Override
                public Optional<String> hoverNote(String code) {
                    return Optional.of("Let op: " + code + " hoort al bij een andere regio");
                }
            });
        });
        Labeled note = lookup("#map-tooltip .note").queryLabeled();
        assertTrue(note.isVisible(), "the card says it without waiting for a move");
        assertEquals("Let op: GM0193 hoort al bij een andere regio", note.getText());
    }

    @Test
    void aNewRegionWithoutMunicipalitiesIsListedAsSuchNotAsNational() throws Exception {
        var original = state.atlas();
        var edited = Edits.createRegion(original, "Regio Waddeneilanden", java.util.Set.of(Sector.PO)).apply(original);
        try {
            showOnTheMap(edited);
            WaitForAsyncUtils.waitForFxEvents();
            String unmapped = texts(lookup("#map-legend .legend-unmapped").query());
            String national = unmapped.substring(0, unmapped.indexOf("Nog zonder gemeenten"));
            String empty = unmapped.substring(unmapped.indexOf("Nog zonder gemeenten"));
            assertTrue(national.contains("Progressus") && !national.contains("Regio Waddeneilanden"), national);
            assertTrue(empty.contains("Regio Waddeneilanden") && !empty.contains("Progressus"), empty);
        } finally {
            showOnTheMap(original);
        }
    }

    @Test
    void theHoverCardFollowsAnEditWithoutAMove() throws Exception {
        var original = state.atlas();
        var zwolle = original.region("zwolle-en-omgeving").orElseThrow();
        var edited = original.withRegion(zwolle.withMembers(zwolle.members().stream()
                .filter(m -> !"GM0193".equals(m.code())).toList()));
        moveTo(onScreen("GM0193"));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            showOnTheMap(edited);
            WaitForAsyncUtils.waitForFxEvents();
            String text = texts(lookup("#map-tooltip").query());
            assertFalse(text.contains("Zwolle en omgeving"), "Zwolle left its region: " + text);
        } finally {
            showOnTheMap(original);
        }
    }

    @Test
    void inEditModeAClickGoesToTheEditor() {
        List<String> stroked = new ArrayList<>();
        interact(() -> {
            state.editModeProperty().set(true);
            state.mapEditHandlerProperty().set(stroked::addAll);
        });
        clickOn(onScreen("GM0193"), MouseButton.PRIMARY);
        assertEquals(List.of("GM0193"), stroked);
        assertNull(state.selectedRegionIdProperty().get());
    }

    /** With the real editor: before a region is chosen the map is not armed, and a click chooses as in browsing. */
    @Test
    void inEditModeWithoutARegionClickingApeldoornOffersItsTwoPoRegionsAndChangesNoMembership() {
        interact(() -> state.editModeProperty().set(true));
        Atlas before = state.atlas();

        clickOn(onScreen("GM0200"), MouseButton.PRIMARY);
        clickOn(lookup(".context-menu #choose-oost-nederland").<javafx.scene.Node>query());

        assertEquals("oost-nederland", state.selectedRegionIdProperty().get());
        assertEquals(before.data(), state.atlas().data(), "choosing the region to edit is no edit");
        assertTrue(lookup("#edit-banner").queryLabeled().getText().contains("aan Oost-Nederland toe te voegen"),
                "the bar says the map is armed: " + lookup("#edit-banner").queryLabeled().getText());
    }

    /** The first click on Zwolle chooses Zwolle en omgeving, the second takes Zwolle out of it; one Ctrl+Z puts it back. */
    @Test
    void inEditModeTheFirstClickOnZwolleChoosesItsRegionAndTheSecondTakesZwolleOut() {
        interact(() -> state.editModeProperty().set(true));
        Atlas before = state.atlas();

        clickOn(onScreen("GM0193"), MouseButton.PRIMARY);
        assertEquals("zwolle-en-omgeving", state.selectedRegionIdProperty().get());
        assertEquals(before.data(), state.atlas().data());

        clickOn(onScreen("GM0193"), MouseButton.PRIMARY);
        assertFalse(state.atlas().region("zwolle-en-omgeving").orElseThrow().hasMember("GM0193"));

        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.data(), state.atlas().data());
    }

    @Test
    void inEditModeAShiftDragPaintsOneStrokeAndLeavesTheMapWhereItIs() {
        List<List<String>> strokes = new ArrayList<>();
        interact(() -> {
            state.editModeProperty().set(true);
            state.mapEditHandlerProperty().set(codes -> strokes.add(List.copyOf(codes)));
        });
        Viewport before = app.window().mapLayer().viewport();
        shiftDrag("GM0193", "GM0148");
        assertEquals(1, strokes.size(), "one stroke, one undo step: " + strokes);
        List<String> stroke = strokes.get(0);
        assertEquals("GM0193", stroke.get(0), "starts in Zwolle");
        assertEquals("GM0148", stroke.get(stroke.size() - 1), "ends in Dalfsen");
        assertEquals(before, app.window().mapLayer().viewport(), "painting does not pan");
    }

    @Test
    void afterAStrokeFromZwolleToDalfsenTheHoverCardNamesDalfsenWhereThePointerIs() {
        interact(() -> {
            state.editModeProperty().set(true);
            state.mapEditHandlerProperty().set(codes -> { });
        });
        shiftDrag("GM0193", "GM0148");

        String text = texts(lookup("#map-tooltip").query());
        assertTrue(text.startsWith("Dalfsen"), "not the card of where the stroke began: " + text);
    }

    /** The whole way, with the real editor: a robot's Shift-drag, the members it added, one Ctrl+Z. */
    @Test
    void aShiftDragAddsZwolleAndDalfsenToNoordNederlandAndOneUndoTakesTheWholeStrokeBack() {
        interact(() -> {
            state.editModeProperty().set(true);
            state.selectedRegionIdProperty().set("noord-nederland-po");
        });
        Atlas before = state.atlas();
        shiftDrag("GM0193", "GM0148");
        var grown = state.atlas().region("noord-nederland-po").orElseThrow();
        assertTrue(grown.hasMember("GM0193") && grown.hasMember("GM0148"), "Zwolle and Dalfsen painted in");

        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.data(), state.atlas().data(), "the stroke was one step");
    }

    /** Paints a stroke: a Shift-drag from one municipality to another. */
    private void shiftDrag(String fromCode, String toCode) {
        press(KeyCode.SHIFT);
        try {
            drag(onScreen(fromCode), MouseButton.PRIMARY).dropTo(onScreen(toCode));
        } finally {
            release(KeyCode.SHIFT);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
