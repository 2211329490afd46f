package nl.onderwijsregio.atlas.ui;

import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/** Who owns a dialog, which sets where it opens and what it stays in front of. */
public final class DialogOwners {

    private DialogOwners() {
    }

    /**
     * {@code dialog} owned by {@code owner} when that is showing; otherwise by none. A window not showing (closed
     * already, or not yet shown at start-up) is nothing to open in front of or be placed by.
     */
    public static <D extends Dialog<?>> D ownedIfShowing(D dialog, Window owner) {
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        return dialog;
    }

    /**
     * Opens {@code stage} over the middle of its owner, each time it shows. JavaFX centres a dialog on its owner but
     * sets a plain window a third down the screen, over the map rather than the window it belongs to.
     */
    public static void centreOverOwner(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            Window owner = stage.getOwner();
            if (owner != null) {
                stage.setX(owner.getX() + (owner.getWidth() - stage.getWidth()) / 2);
                stage.setY(owner.getY() + (owner.getHeight() - stage.getHeight()) / 2);
            }
        });
    }
}
