package nl.onderwijsregio.atlas.ui.map;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyEvent;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.AtlasState;

/**
 * The map's keyboard: 1, 2, 3 choose PO, VO, MBO; arrows pan; + and - zoom; Escape clears the
 * selection. Keys typed into a text field, list or table stay theirs.
 */
final class MapKeys {

    private final AtlasState state;
    private final MapNavigation navigation;
    private final MapPointer pointer;

    MapKeys(AtlasState state, MapNavigation navigation, MapPointer pointer) {
        this.state = state;
        this.navigation = navigation;
        this.pointer = pointer;
    }

    void handle(KeyEvent e) {
        if (e.isConsumed() || e.isControlDown() || e.isAltDown() || e.isMetaDown() || ownedByControl(e)) {
            return;
        }
        boolean done = true;
        switch (e.getCode()) {
            case DIGIT1, NUMPAD1 -> state.sectorProperty().set(Sector.PO);
            case DIGIT2, NUMPAD2 -> state.sectorProperty().set(Sector.VO);
            case DIGIT3, NUMPAD3 -> state.sectorProperty().set(Sector.MBO);
            case LEFT -> navigation.panBy(-0.25, 0);
            case RIGHT -> navigation.panBy(0.25, 0);
            case UP -> navigation.panBy(0, -0.25);
            case DOWN -> navigation.panBy(0, 0.25);
            case PLUS, ADD, EQUALS -> navigation.zoomBy(1);
            case MINUS, SUBTRACT -> navigation.zoomBy(-1);
            case ESCAPE -> {
                pointer.chooser().hide();
                state.selectedRegionIdProperty().set(null);
            }
            default -> done = false;
        }
        if (done) {
            e.consume();
        }
    }

    private static boolean ownedByControl(KeyEvent e) {
        Node focus = e.getTarget() instanceof Node n ? n : null;
        if (focus == null && e.getSource() instanceof Node n && n.getScene() != null) {
            focus = n.getScene().getFocusOwner();
        }
        return focus instanceof TextInputControl || focus instanceof ListView || focus instanceof TableView
                || focus instanceof TreeView || focus instanceof ComboBoxBase;
    }
}
