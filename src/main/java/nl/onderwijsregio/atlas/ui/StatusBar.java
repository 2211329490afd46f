package nl.onderwijsregio.atlas.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The line at the window's foot: what just happened on the left, the sources' credit on the right, and what features
 * add between them (the editor's count of findings). What just happened is what the user looks at, so it has the
 * room it needs; the credit gives way to it ("Bron: Regionale…", the whole credit as its tooltip) and is whole again
 * when the window has room for both, or once the message has been up long enough to be read: then the message gives
 * way instead (the window gives it its tooltip). A little of the credit always stays, so the sources are named in some form.
 */
final class StatusBar extends HBox {

    /** How much of the credit always shows, in em of its own text: "Bron: Regionale sam…" at any text size. */
    static final double CREDIT_LEAST_EM = 10;
    /** How long a new message keeps the room it needs: long enough to read it twice. */
    static final Duration READING_TIME = Duration.seconds(12);

    private final Label status;
    private final Label credit;
    private final PauseTransition reading = new PauseTransition(READING_TIME);
    private boolean messageRead = true;

    StatusBar(Label status, Label credit) {
        super(8);
        this.status = status;
        this.credit = credit;
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(status, spring, credit);
        getStyleClass().add("status-bar");
        credit.setTextOverrun(OverrunStyle.CENTER_WORD_ELLIPSIS);
        // cut at a word, the credit leaves a gap: at its left, so it stays against the window's edge
        credit.setAlignment(Pos.CENTER_RIGHT);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(credit.textProperty());
        whole.setWrapText(true);
        credit.setTooltip(whole);
        // The credit's width is set in layoutChildren, from the room the others leave it.
        credit.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(Region.USE_PREF_SIZE);
        reading.setOnFinished(e -> messageRead());
        status.textProperty().addListener((obs, was, now) -> {
            messageRead = false;
            reading.playFromStart();
            requestLayout();
        });
    }

    /** The message has been up long enough to be read: the credit may take its room back. */
    void messageRead() {
        messageRead = true;
        requestLayout();
    }

    /**
     * Before the line is laid out, the credit is given the room the status and the others leave (never less than
     * its least), and the status what is left after that: so the status is cut only when even that least of the
     * credit would not fit beside it.
     */
    @Override
    protected void layoutChildren() {
        double inside = getWidth() - snappedLeftInset() - snappedRightInset();
        double others = 0;
        int shown = 0;
        for (Node n : getManagedChildren()) {
            shown++;
            if (n != credit && n != status) {
                others += n.minWidth(-1);
            }
        }
        double gaps = getSpacing() * Math.max(0, shown - 1);
        double creditWhole = credit.prefWidth(-1);
        double creditLeast = Math.min(creditWhole, CREDIT_LEAST_EM * credit.getFont().getSize());
        double statusWhole = status.prefWidth(-1);
        double room = Math.max(0, inside - gaps - others);
        double statusNeeds = messageRead ? Math.min(statusWhole, creditLeast) : statusWhole;
        double creditWidth = creditWidth(room, statusNeeds, creditWhole, creditLeast);
        credit.setMinWidth(creditWidth);
        credit.setMaxWidth(creditWidth);
        double statusWidth = Math.max(0, Math.min(statusWhole, room - creditWidth));
        status.setMinWidth(statusWidth);
        status.setMaxWidth(statusWidth);
        super.layoutChildren();
    }

    /**
     * No wider than the insets and the least of the credit: the widths given out in {@link #layoutChildren()} fit
     * the line as it is, and counted here they would keep the window from ever being made narrower.
     */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + CREDIT_LEAST_EM * credit.getFont().getSize();
    }

    /**
     * The credit's width when {@code room} is shared between a status {@code statusWhole} wide and a credit
     * {@code creditWhole} wide whole: whole when both fit, else what the status leaves, but never under
     * {@code creditLeast}.
     */
    static double creditWidth(double room, double statusWhole, double creditWhole, double creditLeast) {
        return Math.max(creditLeast, Math.min(creditWhole, room - statusWhole));
    }
}
