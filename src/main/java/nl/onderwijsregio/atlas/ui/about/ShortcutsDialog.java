package nl.onderwijsregio.atlas.ui.about;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.ui.DialogButtons;
import nl.onderwijsregio.atlas.ui.DialogFit;
import nl.onderwijsregio.atlas.ui.DialogOwners;
import nl.onderwijsregio.atlas.ui.FocusInView;
import nl.onderwijsregio.atlas.ui.OneTabStop;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * Help › Keyboard shortcuts (F1): every key the atlas answers to, by where it works. Presenters
 * rehearse with it; advisers find the map keys they did not know.
 */
public final class ShortcutsDialog extends Dialog<Void> {

    /** A group of shortcuts: its bundle name and the stems of its entries (each a {@code .keys} and a {@code .what}). */
    record Group(String name, List<String> entries) {
    }

    /** How many lines Page Up and Page Down move: about what the list shows at once. */
    private static final int PAGE = 10;

    static final List<Group> GROUPS = List.of(
            new Group("map", List.of("sector", "pan", "zoom", "wheel", "drag", "clear", "search")),
            new Group("window", List.of("menus", "views", "export", "present", "help", "quit")),
            new Group("panes", List.of("column", "sort", "columnMenu", "lists", "page")),
            new Group("edit", List.of("undo", "redo", "save", "saveAs", "paint")),
            new Group("present", List.of("next", "previous", "home", "last", "sector", "multiples", "themes", "dark",
                    "order", "black", "keys", "stop")));

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
        // Plain labels are not read one by one: each heading and each key is a line a screen reader reads whole,
        // walked with the arrows as one Tab stop beside Sluiten.
        OneTabStop lines = new OneTabStop(grid, PAGE);
        List<Node> parts = new ArrayList<>();
        int row = 0;
        for (Group g : GROUPS) {
            String name = Messages.t("settings.shortcuts." + g.name());
            Label heading = new Label(name);
            heading.getStyleClass().add("about-heading");
            heading.setPadding(new Insets(row == 0 ? 0 : 10, 0, 2, 0));
            parts.add(line(grid, row, "shortcut-" + g.name(), name));
            grid.add(heading, 0, row++, 2, 1);
            for (String entry : g.entries()) {
                String stem = "settings.shortcuts." + g.name() + "." + entry;
                Label keys = new Label(Messages.t(stem + ".keys"));
                keys.getStyleClass().add("shortcut-keys");
                // Keys are never cut short; the explanation wraps instead.
                keys.setMinWidth(Region.USE_PREF_SIZE);
                Label what = new Label(Messages.t(stem + ".what"));
                what.setWrapText(true);
                parts.add(line(grid, row, "shortcut-" + g.name() + "-" + entry,
                        Messages.t("settings.shortcuts.spoken", keys.getText(), what.getText())));
                // Placed by column: addRow would put them after the line that already spans the row.
                grid.add(keys, 0, row);
                grid.add(what, 1, row++);
            }
        }
        lines.setParts(parts);
        // Enter closes from a line as it does from Sluiten, which has it as a button's own key.
        grid.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && parts.contains(getDialogPane().getScene().getFocusOwner())) {
                ((Button) getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(0))).fire();
                e.consume();
            }
        });
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        scroll.setPrefViewportWidth(600);
        getDialogPane().setContent(scroll);
        ScrollingByKeys.install(getDialogPane(), scroll);
        FocusInView.install(scroll);
        // At Extra groot the list is taller than a laptop's screen: the window keeps within it and the list scrolls.
        DialogFit.keepWithinScreen(this);
    }

    /**
     * A line of the list as the keyboard and a screen reader meet it: behind the texts of {@code row}, across both
     * columns, ringed when it has the focus and read as {@code spoken}.
     */
    private static Node line(GridPane grid, int row, String id, String spoken) {
        Region line = new Region();
        line.setId(id);
        line.getStyleClass().add("shortcut-line");
        line.setAccessibleRole(AccessibleRole.TEXT);
        line.setAccessibleText(spoken);
        grid.add(line, 0, row, 2, 1);
        return line;
    }
}
