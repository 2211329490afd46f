package nl.onderwijsregio.atlas.ui.presenter;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Label;
import javafx.util.Duration;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The line in the presenter's upper right, meant for the presenter, though the audience reads it too: the keys, at
 * the first start of a session until the first step and whenever asked for with F1 or ?, or a notice for a few
 * seconds. The keys are those of what is shown: the theme tour has its own.
 */
final class KeyHint extends Label {

    private final PresenterModel model;
    /**
     * Whether the keys show until the first step, as at the first start of a session: by then the presenter knows
     * them, and the hint would only be read by the audience each time the talk returns to the whole country.
     */
    private boolean keysAtStart;
    /** Whether the presenter asked for the keys with F1 or ?: they stay until asked away. */
    private boolean keysAsked;
    /** A notice shown where the keys stand; null when none. */
    private String notice;
    private final PauseTransition noticeTime = new PauseTransition(Duration.seconds(3));

    /** @param keysAtStart whether the keys show until the first step, as they do at the first start of a session */
    KeyHint(PresenterModel model, boolean keysAtStart) {
        this.model = model;
        this.keysAtStart = keysAtStart;
        getStyleClass().add("presenter-hint");
        setId("presenter-hint");
        noticeTime.setOnFinished(e -> {
            notice = null;
            update();
        });
        // Whatever the first start shows, the whole country or a region chosen in the main window, the keys stand
        // there until the presenter has used one.
        InvalidationListener firstStep = o -> {
            this.keysAtStart = false;
            update();
        };
        model.indexProperty().addListener(firstStep);
        model.themeProperty().addListener(firstStep);
        model.layoutProperty().addListener(firstStep);
        model.sectorProperty().addListener(firstStep);
        update();
    }

    /** Shows {@code text} where the keys stand, for a few seconds. */
    void notice(String text) {
        notice = text;
        update();
        noticeTime.playFromStart();
    }

    /** F1 or ?: the keys, or away with them. */
    void toggleKeys() {
        keysAsked = !keysShown();
        keysAtStart = false;
        update();
    }

    boolean keysShown() {
        return isVisible() && notice == null;
    }

    /** The notice, or the keys of what is shown when they are to be seen. */
    void update() {
        if (notice != null) {
            setText(notice);
            setVisible(true);
            return;
        }
        setText(Messages.t(model.themeProperty().get() != null ? "presenter.themeTour.keys" : "presenter.hint"));
        setVisible(keysAsked || keysAtStart);
    }
}
