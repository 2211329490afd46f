package nl.onderwijsregio.atlas.ui.presenter;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * Renders the caption's type once, off screen, when the presenter opens. The software renderer
 * rasterises each glyph of a large font the first time it is drawn; the first caption would otherwise
 * hold up the first flight's frames by several tens of milliseconds.
 */
final class CaptionWarmUp {

    /** The letters, digits and signs captions are made of, Dutch accents included. */
    private static final String GLYPHS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 .,:;()-–/'’ "
            + "àáâäèéêëïíîóôöúûüçÂÉËÏÖÜ⚠";

    private CaptionWarmUp() {
    }

    /** Lays out a sample caption in {@code host}'s scene, snapshots it and takes it out again. */
    static void run(Pane host) {
        VBox sample = new VBox(label("caption-heading"), label("caption-heading", "long"),
                label("caption-heading", "very-long"), label("caption-sub"), label("caption-intro"), label("caption-note"),
                label("presenter-header"));
        GridPane figures = new GridPane();
        figures.getStyleClass().add("caption-figures");
        figures.addRow(0, label("figure-value"), label("figure-label"));
        sample.getChildren().add(figures);
        sample.getStyleClass().add("caption");
        sample.setManaged(false);
        host.getChildren().add(0, sample);
        try {
            sample.applyCss();
            sample.autosize();
            sample.snapshot(null, null);
        } finally {
            host.getChildren().remove(sample);
        }
    }

    private static Label label(String... styleClasses) {
        Label l = new Label(GLYPHS);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }
}
