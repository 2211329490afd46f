package nl.onderwijsregio.atlas.ui.firstrun;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.prefs.AtlasPreferences;

/**
 * A card over the map for a first start: the three things to try (search, click a region, switch
 * sector). "Close" hides it for now; "Don't show again" hides it for good. Only the card takes
 * the mouse, so the map around it stays usable.
 */
public final class FirstRunTour extends VBox {

    private static final double GAP = 16;
    private final StackPane host;
    private final AtlasPreferences prefs;

    public FirstRunTour(StackPane host, AtlasPreferences prefs) {
        this.host = host;
        this.prefs = prefs;
        setId("first-run");
        getStyleClass().add("first-run");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setFillWidth(true);
        // Top left lies over the North Sea in the home view, so the country stays in sight; the legend
        // already there keeps its place and the card stands beside it.
        StackPane.setAlignment(this, Pos.TOP_LEFT);
        StackPane.setMargin(this, new Insets(GAP));
        for (Node corner : host.getChildren()) {
            if (StackPane.getAlignment(corner) == Pos.TOP_LEFT) {
                corner.boundsInParentProperty().addListener((obs, o, n) -> standBesideCornerNeighbours());
                corner.visibleProperty().addListener((obs, o, n) -> standBesideCornerNeighbours());
            }
        }
        standBesideCornerNeighbours();

        Label title = new Label(Messages.t("settings.firstRun.title"));
        title.getStyleClass().add("first-run-title");
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
        Button close = new Button(Messages.t("settings.firstRun.close"));
        close.setId("first-run-close");
        close.setDefaultButton(true);
        close.setOnAction(e -> hide());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().add(new HBox(8, never, spring, close));
    }

    private void standBesideCornerNeighbours() {
        double left = 0;
        for (Node corner : host.getChildren()) {
            if (corner != this && corner.isVisible() && StackPane.getAlignment(corner) == Pos.TOP_LEFT) {
                left = Math.max(left, corner.getBoundsInParent().getMaxX());
            }
        }
        StackPane.setMargin(this, new Insets(GAP, GAP, GAP, left + GAP));
    }

    /** Shows the tour unless the user dismissed it for good (or {@code -Datlas.firstRun=false}). */
    public static void showIfWanted(StackPane host, AtlasPreferences prefs) {
        if (!prefs.firstRunDismissed() && !"false".equals(System.getProperty("atlas.firstRun"))) {
            show(host, prefs);
        }
    }

    /** Shows the tour now (e.g. from the Help menu), whatever was chosen before. */
    public static void show(StackPane host, AtlasPreferences prefs) {
        if (host.lookup("#first-run") == null) {
            host.getChildren().add(new FirstRunTour(host, prefs));
        }
    }

    public void hide() {
        host.getChildren().remove(this);
    }

    public void dismissForever() {
        prefs.setFirstRunDismissed(true);
        prefs.flush();
        hide();
    }
}
