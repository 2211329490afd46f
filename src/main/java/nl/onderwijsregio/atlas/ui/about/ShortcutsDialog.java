package nl.onderwijsregio.atlas.ui.about;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.ui.DialogButtons;
import nl.onderwijsregio.atlas.ui.DialogFit;
import nl.onderwijsregio.atlas.ui.DialogOwners;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * Help › Keyboard shortcuts (F1): every key the atlas answers to, by where it works. Presenters
 * rehearse with it; advisers find the map keys they did not know.
 */
public final class ShortcutsDialog extends Dialog<Void> {

    /** A group of shortcuts: its bundle name and the stems of its entries (each a {@code .keys} and a {@code .what}). */
    record Group(String name, List<String> entries) {
    }

    static final List<Group> GROUPS = List.of(
            new Group("map", List.of("sector", "pan", "zoom", "wheel", "drag", "clear", "search")),
            new Group("window", List.of("menus", "views", "export", "present", "help", "quit")),
            new Group("panes", List.of("column", "sort", "columnMenu", "lists", "page")),
            new Group("edit", List.of("undo", "redo", "save", "saveAs", "paint")),
            new Group("present", List.of("next", "previous", "home", "sector", "multiples", "themes", "dark", "order",
                    "stop")));

    public ShortcutsDialog(Window owner) {
        DialogOwners.ownedIfShowing(this, owner);
        setTitle(Messages.t("settings.shortcuts.title"));
        setHeaderText(Messages.t("settings.shortcuts.title"));
        getDialogPane().setId("shortcuts-dialog");
        getDialogPane().getButtonTypes().add(DialogButtons.close());

        GridPane grid = new GridPane();
        grid.setId("shortcuts");
        grid.setHgap(18);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 8, 4, 8));
        ColumnConstraints meaning = new ColumnConstraints();
        meaning.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), meaning);
        int row = 0;
        for (Group g : GROUPS) {
            Label heading = new Label(Messages.t("settings.shortcuts." + g.name()));
            heading.getStyleClass().add("about-heading");
            heading.setPadding(new Insets(row == 0 ? 0 : 10, 0, 2, 0));
            grid.add(heading, 0, row++, 2, 1);
            for (String entry : g.entries()) {
                String stem = "settings.shortcuts." + g.name() + "." + entry;
                Label keys = new Label(Messages.t(stem + ".keys"));
                keys.getStyleClass().add("shortcut-keys");
                // Keys are never cut short; the explanation wraps instead.
                keys.setMinWidth(Region.USE_PREF_SIZE);
                Label what = new Label(Messages.t(stem + ".what"));
                what.setWrapText(true);
                grid.addRow(row++, keys, what);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        scroll.setPrefViewportWidth(600);
        getDialogPane().setContent(scroll);
        ScrollingByKeys.install(getDialogPane(), scroll);
        // At Extra groot the list is taller than a laptop's screen: the window keeps within it and the list scrolls.
        DialogFit.keepWithinScreen(this);
    }
}
