package nl.onderwijsregio.atlas.ui;

import javafx.scene.control.Dialog;
import javafx.stage.Window;

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
}
