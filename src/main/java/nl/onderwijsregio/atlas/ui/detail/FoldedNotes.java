package nl.onderwijsregio.atlas.ui.detail;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/**
 * A folded-away list at the foot of the detail pane (validator findings, data choices): out of the
 * way for someone browsing, one click away for an editor, and hidden altogether when empty.
 */
final class FoldedNotes<T> extends TitledPane {

    FoldedNotes(String id, ObservableValue<String> title, ObservableList<T> items, Function<T, Node> row) {
        VBox list = new VBox(4);
        setId(id);
        getStyleClass().add("detail-findings");
        textProperty().bind(title);
        setContent(list);
        setExpanded(false);
        setAnimated(false);
        visibleProperty().bind(Bindings.isNotEmpty(items));
        managedProperty().bind(visibleProperty());
        items.addListener((ListChangeListener<T>) c -> {
            list.getChildren().clear();
            for (T item : items) {
                Node n = row.apply(item);
                n.setFocusTraversable(true);
                list.getChildren().add(n);
            }
        });
    }
}
