package nl.onderwijsregio.atlas.ui;

import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Keeps a dialog within the screen it shows on, at a width that reads. JavaFX sizes a dialog to its header on one
 * line, so a long header (or a path in it) made a dialog wider than the screen, its message and buttons cut off at
 * the edge; and it gives a wrapped message the height of one line, cutting it to "…". Here the dialog is made no
 * wider than a line that reads, nor than the screen, and as tall as its wrapped words need.
 */
public final class DialogFit {

    /** Longer lines are hard to follow; a dialog that needs no more stays as JavaFX made it. */
    static final double READING_WIDTH = 720;
    /** Kept free between a dialog and the screen's edges. */
    static final double MARGIN = 32;

    private DialogFit() {
    }

    /** Fits {@code dialog} each time it is shown, by {@code show} or by {@code showAndWait}. */
    public static void keepWithinScreen(Dialog<?> dialog) {
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, e -> sizeBeforeShowing(dialog));
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> fit(dialog.getDialogPane()));
    }

    /**
     * Gives the pane its width and wrapped height before JavaFX sizes the window to it. Resizing the window once it
     * shows is not enough: {@code showAndWait} (every error dialog shown on the FX thread, the one at start included)
     * announces DIALOG_SHOWN before its window exists, and on Linux (GTK) a window first shown too wide takes its
     * first size back after any resize made as it appears.
     */
    static void sizeBeforeShowing(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        pane.setPrefWidth(Region.USE_COMPUTED_SIZE);
        pane.setMaxWidth(Region.USE_COMPUTED_SIZE);
        pane.setMinHeight(Region.USE_COMPUTED_SIZE);
        if (pane.getScene() == null) {
            return;
        }
        pane.applyCss();
        // The button bar gives its buttons one width only when laid out; measured before, it asks for too little.
        pane.layout();
        Window owner = dialog.getOwner();
        Rectangle2D screen = owner != null && owner.isShowing() ? screenOf(owner) : Screen.getPrimary().getVisualBounds();
        double natural = pane.prefWidth(-1);
        double width = width(natural, pane.minWidth(-1), screen.getWidth());
        if (width < natural) {
            // Preferred, as JavaFX centres the window by that, and maximum, so that details opened later do not widen
            // it either. A minimum height, not a fixed one: it still grows with them.
            pane.setPrefWidth(width);
            pane.setMaxWidth(width);
            pane.setMinHeight(Math.min(wrappedHeight(pane, width), screen.getHeight() - 2 * MARGIN));
        }
    }

    /** Fits the window {@code pane} shows in, once it shows: after it was sized anew, to its details for instance. */
    static void fit(DialogPane pane) {
        Scene scene = pane.getScene();
        Window window = scene == null ? null : scene.getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        Rectangle2D screen = screenOf(window);
        double frameWidth = window.getWidth() - scene.getWidth();
        double frameHeight = window.getHeight() - scene.getHeight();
        double width = width(scene.getWidth(), pane.minWidth(-1), screen.getWidth() - frameWidth);
        double height = Math.max(scene.getHeight(), wrappedHeight(pane, width));
        height = Math.min(height, screen.getHeight() - 2 * MARGIN - frameHeight);
        boolean resized = width != scene.getWidth() || height != scene.getHeight();
        if (resized) {
            window.setWidth(width + frameWidth);
            window.setHeight(height + frameHeight);
        }
        // A tall dialog that fits the screen may still be centred over its owner so that it runs past an edge.
        if (resized || !withinMargins(window, screen)) {
            placeOnScreen(window, screen);
        }
    }

    private static boolean withinMargins(Window window, Rectangle2D screen) {
        return window.getY() >= screen.getMinY() + MARGIN && window.getY() + window.getHeight() <= screen.getMaxY() - MARGIN
                && window.getX() >= screen.getMinX() && window.getX() + window.getWidth() <= screen.getMaxX();
    }

    /** How tall {@code pane} is {@code width} wide, its header and message wrapped. */
    private static double wrappedHeight(DialogPane pane, double width) {
        Insets padding = pane.getInsets();
        // Asked for the width the words get inside the padding, a wrapped header and message report all their lines.
        return pane.prefHeight(width - padding.getLeft() - padding.getRight());
    }

    /**
     * The width for a dialog JavaFX made {@code natural} wide, on a screen {@code screenWidth} wide: as it is when
     * that reads, else a line that reads, and never past the screen's margins, whatever its words or buttons ask.
     */
    static double width(double natural, double screenWidth) {
        return Math.min(natural, Math.min(READING_WIDTH, screenWidth - 2 * MARGIN));
    }

    /**
     * As {@link #width(double, double)}, but no narrower than {@code least}, the width its buttons need whole (within
     * the screen's margins): words wrap, buttons do not, and a window narrower than its pane cuts off the buttons at
     * the right, and the end of every line with them. Opened details ("Details verbergen", longer than "Details
     * tonen") can ask for more than a line that reads.
     */
    static double width(double natural, double least, double screenWidth) {
        return Math.max(width(natural, screenWidth), Math.min(least, screenWidth - 2 * MARGIN));
    }

    /** Centred over its owner as JavaFX places a dialog, then moved in from any edge it runs past. */
    private static void placeOnScreen(Window window, Rectangle2D screen) {
        Window owner = window instanceof Stage stage ? stage.getOwner() : null;
        double x = owner == null ? window.getX() : owner.getX() + (owner.getWidth() - window.getWidth()) / 2;
        double y = window.getY();
        window.setX(clamp(x, screen.getMinX() + MARGIN, screen.getMaxX() - MARGIN - window.getWidth()));
        window.setY(clamp(y, screen.getMinY() + MARGIN, screen.getMaxY() - MARGIN - window.getHeight()));
    }

    private static double clamp(double value, double least, double most) {
        return Math.max(least, Math.min(value, most));
    }

    private static Rectangle2D screenOf(Window window) {
        return Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                        Math.max(1, window.getHeight())).stream()
                .findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }
}
