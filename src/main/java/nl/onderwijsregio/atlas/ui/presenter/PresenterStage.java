package nl.onderwijsregio.atlas.ui.presenter;

import javafx.animation.PauseTransition;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The full-screen presenter window: no chrome, keys a presentation clicker sends, the pointer hidden
 * after two seconds of stillness. Esc leaves.
 */
public final class PresenterStage {

    private static final Duration CURSOR_IDLE = Duration.seconds(2);

    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final PresenterView view;

    /** Showing the keys until the first step, as at the first start of a session. */
    public PresenterStage(Window owner, PresenterModel model) {
        this(owner, model, true);
    }

    /** @param keysAtStart whether the keys show until the first step: only at the first start of a session */
    public PresenterStage(Window owner, PresenterModel model, boolean keysAtStart) {
        this.view = new PresenterView(model, keysAtStart);
        Rectangle2D screen = presentationScreen(owner).getBounds();
        Scene scene = new Scene(view, screen.getWidth(), screen.getHeight());
        scene.getStylesheets().add(PresenterStage.class.getResource("/css/presenter.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Messages.t("presenter.start"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // The question mark is Shift and another key on most keyboards, and a different key on each: the typed one.
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter())) {
                e.consume();
                view.toggleKeys();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });

        PauseTransition idle = new PauseTransition(CURSOR_IDLE);
        idle.setOnFinished(e -> scene.setCursor(Cursor.NONE));
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            scene.setCursor(Cursor.DEFAULT);
            idle.playFromStart();
        });
        stage.setOnShown(e -> idle.playFromStart());
        stage.setOnHidden(e -> idle.stop());
    }

    /**
     * With a projector attached, the screen the main window is not on (the laptop keeps the main
     * window); with one screen, that screen.
     */
    static Screen presentationScreen(Window owner) {
        if (Screen.getScreens().size() < 2 || owner == null) {
            return Screen.getPrimary();
        }
        double cx = owner.getX() + owner.getWidth() / 2;
        double cy = owner.getY() + owner.getHeight() / 2;
        return Screen.getScreens().stream().filter(s -> !s.getBounds().contains(cx, cy))
                .max(java.util.Comparator.comparingDouble(s -> s.getBounds().getWidth() * s.getBounds().getHeight()))
                .orElse(Screen.getPrimary());
    }

    public Stage stage() {
        return stage;
    }

    public PresenterView view() {
        return view;
    }

    public void show() {
        stage.show();
        stage.setFullScreen(true);
        stage.toFront();
        view.requestFocus();
        CaptionWarmUp.run(view);
    }

    private void onKey(KeyEvent e) {
        PresenterModel m = view.model();
        KeyCode k = e.getCode();
        if (e.isShortcutDown() || e.isControlDown()) {
            // Rearranging the order is a rehearsal task, kept off the keys a clicker sends.
            switch (k) {
                case RIGHT, DOWN -> m.moveCurrent(1);
                case LEFT, UP -> m.moveCurrent(-1);
                case R -> m.resetOrder();
                default -> {
                    return;
                }
            }
            e.consume();
            return;
        }
        switch (k) {
            case RIGHT, PAGE_DOWN, SPACE, DOWN, ENTER -> m.next();
            case LEFT, PAGE_UP, UP, BACK_SPACE -> m.previous();
            case HOME -> m.home();
            case END -> m.last();
            case B, PERIOD -> m.toggleBlack();
            case F1 -> view.toggleKeys();
            case DIGIT1, NUMPAD1 -> m.showSector(Sector.PO);
            case DIGIT2, NUMPAD2 -> m.showSector(Sector.VO);
            case DIGIT3, NUMPAD3 -> m.showSector(Sector.MBO);
            case M -> m.toggleSmallMultiples();
            case T -> {
                boolean starting = m.themeProperty().get() == null;
                if (!m.nextTheme()) {
                    view.notice(Messages.t("presenter.noThemes"));
                } else if (starting) {
                    // The audience reads it too: what the tour is, not which keys step through it (F1 shows those).
                    view.notice(Messages.t("presenter.themeTour.notice", m.atlas().data().themes().size()));
                }
            }
            case D -> m.darkProperty().set(!m.darkProperty().get());
            case ESCAPE -> {
                // Closed when the key comes up: a window closed under a pressed key gets its release late.
            }
            default -> {
                return;
            }
        }
        e.consume();
    }
}
