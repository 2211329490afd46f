package nl.onderwijsregio.atlas.ui.firstrun;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.map.AtlasMapLayer;
import nl.onderwijsregio.atlas.ui.prefs.AtlasPreferences;

/**
 * A card over the map for a first start: the three things to try (search, click a region, switch
 * sector). "Close" (or Esc) hides it for now; "Don't show again" hides it for good, as does having done what it
 * shows ({@link #retireOnceLearnt}). Only the card takes
 * the mouse, so the map around it stays usable.
 */
public final class FirstRunTour extends VBox {

    private static final double GAP = 16;
    /** What the user has done of what the card shows, as remembered in the preferences. */
    private static final String LEARNT_REGION = "region";
    private static final String LEARNT_SECTOR = "sector";
    /** Narrower than this beside the legend, the steps wrap a word a line: the card stands under the legend instead. */
    private static final double ROOM_BESIDE = 340;
    private final StackPane host;
    private final AtlasPreferences prefs;
    private final Button close = new Button(Messages.t("settings.firstRun.close"));
    /** What had the keyboard focus before the card took it; it gets it back when the card goes. */
    private Node focusBefore;
    private boolean focusTaken;
    // a change listener, not an invalidation listener: bounds are computed lazily and would fire once only
    private final ChangeListener<Object> followCorner = (obs, o, n) -> standBesideCornerNeighbours();
    /**
     * Esc closes the card as Close does. The focus is seldom on the card, and the map takes Esc to clear its
     * selection: a filter on the window sees it first, while the card is there.
     */
    private final EventHandler<KeyEvent> escapeCloses = e -> {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            hide();
        }
    };

    public FirstRunTour(StackPane host, AtlasPreferences prefs) {
        this.host = host;
        this.prefs = prefs;
        setId("first-run");
        getStyleClass().add("first-run");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setFillWidth(true);
        // Region names keep clear of the card, as of the legend beside it.
        getStyleClass().add(AtlasMapLayer.PANEL);
        // Top left lies over the North Sea in the home view, so the country stays in sight; the legend
        // already there keeps its place and the card stands beside it.
        StackPane.setAlignment(this, Pos.TOP_LEFT);
        for (Node corner : cornerNeighbours()) {
            corner.boundsInParentProperty().addListener(followCorner);
            corner.visibleProperty().addListener(followCorner);
        }
        host.widthProperty().addListener(followCorner);
        standBesideCornerNeighbours();
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, escapeCloses);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, escapeCloses);
                takeFocus();
            }
        });

        Label title = new Label(Messages.t("settings.firstRun.title"));
        title.getStyleClass().add("first-run-title");
        // A screen reader names the card by its welcome, as the eye reads it first.
        setAccessibleRole(AccessibleRole.PARENT);
        setAccessibleText(title.getText());
        // a narrow window gives the card less than its title's width: wrap rather than cut the welcome off
        title.setWrapText(true);
        getChildren().add(title);
        String[] steps = {"search", "click", "sector"};
        for (int i = 0; i < steps.length; i++) {
            Label number = new Label(String.valueOf(i + 1));
            number.getStyleClass().add("first-run-number");
            Label text = new Label(Messages.t("settings.firstRun." + steps[i]));
            text.setWrapText(true);
            text.setMaxWidth(380);
            HBox row = new HBox(10, number, text);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setId("first-run-" + steps[i]);
            getChildren().add(row);
        }
        Button never = new Button(Messages.t("settings.firstRun.never"));
        never.setId("first-run-never");
        never.setOnAction(e -> dismissForever());
        close.setId("first-run-close");
        close.setDefaultButton(true);
        close.setOnAction(e -> hide());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().add(new HBox(8, never, spring, close));
    }

    /**
     * The keyboard goes to Close (Enter and Esc close the card) once the card is in a window: the card is read with
     * the focus on it, and put away without first Tabbing through the tool bar to reach it.
     */
    private void takeFocus() {
        if (!focusTaken) {
            focusTaken = true;
            focusBefore = getScene().getFocusOwner();
            close.requestFocus();
        }
    }

    /**
     * Gives the focus back where it was when the card took it, or to the map when that is gone or was no place to
     * type in (the card shown at the start, when only the window had the focus); only while the focus is still on
     * the card, not once the user has gone on elsewhere (the card retiring because a region was chosen and the sector
     * switched).
     */
    private void giveFocusBack() {
        if (getScene() == null || !isInside(getScene().getFocusOwner(), this)) {
            return;
        }
        Node back = focusBefore != null && focusBefore.getScene() == getScene() && !isInside(focusBefore, this)
                && !isInside(this, focusBefore) && focusBefore.isVisible() && !focusBefore.isDisabled() ? focusBefore
                : host.getChildren().stream().filter(n -> n != this && n.isFocusTraversable()).findFirst().orElse(host);
        back.requestFocus();
    }

    private static boolean isInside(Node node, Node area) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == area) {
                return true;
            }
        }
        return false;
    }

    /** What else holds the host's top left corner (the legend). */
    private List<Node> cornerNeighbours() {
        return host.getChildren().stream()
                .filter(n -> n != this && StackPane.getAlignment(n) == Pos.TOP_LEFT).toList();
    }

    private void standBesideCornerNeighbours() {
        double right = 0;
        double bottom = 0;
        for (Node corner : cornerNeighbours()) {
            if (corner.isVisible()) {
                right = Math.max(right, corner.getBoundsInParent().getMaxX());
                bottom = Math.max(bottom, corner.getBoundsInParent().getMaxY());
            }
        }
        // a map beside a table (or a narrow window) leaves no room beside the legend; under it the card keeps
        // its lines whole. A host not laid out yet (width 0) is taken to have the room.
        boolean roomBeside = host.getWidth() == 0 || host.getWidth() - right - 2 * GAP >= ROOM_BESIDE;
        StackPane.setMargin(this, roomBeside
                ? new Insets(GAP, GAP, GAP, right + GAP)
                : new Insets(bottom + GAP, GAP, GAP, GAP));
    }

    /** Shows the tour unless the user dismissed it for good (or {@code -Datlas.firstRun=false}). */
    public static void showIfWanted(StackPane host, AtlasPreferences prefs) {
        if (!prefs.firstRunDismissed() && !"false".equals(System.getProperty("atlas.firstRun"))) {
            show(host, prefs);
        }
    }

    /**
     * Once the user has chosen a region (by a click, the legend or search) and switched sector, the tour has
     * taught what it shows: the card in {@code host} goes, and does not come back at the next start, even if they
     * only ever pressed Close. Call after the remembered sector is restored, which is no switch of the user's.
     */
    public static void retireOnceLearnt(StackPane host, AtlasState state, AtlasPreferences prefs) {
        if (prefs.firstRunDismissed()) {
            return;
        }
        state.selectedRegionIdProperty().addListener((obs, old, id) -> {
            if (id != null) {
                learnt(host, prefs, LEARNT_REGION);
            }
        });
        state.sectorProperty().addListener((obs, old, sector) -> learnt(host, prefs, LEARNT_SECTOR));
    }

    private static void learnt(StackPane host, AtlasPreferences prefs, String step) {
        if (prefs.firstRunDismissed() || prefs.firstRunStepDone(step)) {
            return;
        }
        prefs.setFirstRunStepDone(step);
        if (prefs.firstRunStepDone(LEARNT_REGION) && prefs.firstRunStepDone(LEARNT_SECTOR)) {
            prefs.setFirstRunDismissed(true);
            if (host.lookup("#first-run") instanceof FirstRunTour shown) {
                shown.hide();
            }
        }
        prefs.flush();
    }

    /** Shows the tour now (e.g. from the Help menu), whatever was chosen before. */
    public static void show(StackPane host, AtlasPreferences prefs) {
        if (host.lookup("#first-run") == null) {
            host.getChildren().add(new FirstRunTour(host, prefs));
        }
    }

    public void hide() {
        // the legend outlives the card: it must not keep calling a card that is gone
        for (Node corner : cornerNeighbours()) {
            corner.boundsInParentProperty().removeListener(followCorner);
            corner.visibleProperty().removeListener(followCorner);
        }
        host.widthProperty().removeListener(followCorner);
        giveFocusBack();
        host.getChildren().remove(this);
    }

    public void dismissForever() {
        prefs.setFirstRunDismissed(true);
        prefs.flush();
        hide();
    }
}
