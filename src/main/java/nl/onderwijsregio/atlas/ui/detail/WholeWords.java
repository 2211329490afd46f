package nl.onderwijsregio.atlas.ui.detail;

import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeps a wrapping label's words whole: JavaFX breaks a word that does not fit its line anywhere ("Zwoll / e en",
 * "schoolbesture / n"), so the label is never narrower than its longest word.
 */
public final class WholeWords {

    private WholeWords() {
    }

    static void keep(Label label) {
        Runnable measure = () -> label.setMinWidth(label.snappedLeftInset() + longestWord(label.getText(),
                label.getFont()) + label.snappedRightInset());
        label.fontProperty().addListener(o -> measure.run());
        label.textProperty().addListener(o -> measure.run());
        measure.run();
    }

    /** How wide the longest word of {@code text} is in {@code font}, rounded up. */
    public static double longestWord(String text, Font font) {
        double widest = 0;
        if (text != null) {
            Text word = new Text();
            word.setFont(font);
            for (String w : text.split("\\s+")) {
                word.setText(w);
                widest = Math.max(widest, word.getLayoutBounds().getWidth());
            }
        }
        return Math.ceil(widest);
    }
}
