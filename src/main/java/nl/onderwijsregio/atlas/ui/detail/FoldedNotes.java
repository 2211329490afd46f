package nl.onderwijsregio.atlas.ui.detail;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * A folded-away list at the foot of the detail pane (data choices, history, validator findings): out
 * of the way for someone browsing, one click away for an editor, and hidden altogether when empty.
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
                // A Tab stop, so a screen reader reads each note; the style shows the keyboard user where the focus is.
                n.setFocusTraversable(true);
                n.getStyleClass().add("folded-note");
                list.getChildren().add(n);
            }
        });
    }

    /** The data choices recorded on the region (sectors, territory, ...), folded away like the findings. */
    static FoldedNotes<String> corrections(DetailViewModel vm) {
        return new FoldedNotes<>("detail-corrections-pane", Bindings.createStringBinding(
                () -> Messages.t("detail.corrections.title", vm.corrections().size()), vm.corrections()),
                vm.corrections(), FoldedNotes::noteText);
    }

    /** What editors changed on the region and saved, folded away like the data choices. */
    static FoldedNotes<String> history(DetailViewModel vm) {
        FoldedNotes<String> pane = new FoldedNotes<>("detail-history-pane", Bindings.createStringBinding(
                () -> Messages.t("detail.history.title", vm.history().size()), vm.history()),
                vm.history(), FoldedNotes::noteText);
        pane.expandedProperty().addListener((obs, was, open) -> {
            if (open) {
                vm.reloadHistory();
            }
        });
        return pane;
    }

    private static Label noteText(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.getStyleClass().add("finding-text");
        return l;
    }

    /** Validator findings on the region: they explain oddities, so they are there, but folded. */
    static FoldedNotes<DetailViewModel.FindingItem> findings(DetailViewModel vm) {
        return new FoldedNotes<>("detail-findings-pane", vm.findingsTitleProperty(), vm.findings(), f -> {
            Label severity = new Label(f.severityText());
            severity.getStyleClass().addAll("finding-severity", "finding-" + f.severity().name().toLowerCase(Locale.ROOT));
            severity.setMinWidth(Control.USE_PREF_SIZE);
            Label text = new Label(f.text());
            text.setWrapText(true);
            text.setMinWidth(0);
            text.getStyleClass().add("finding-text");
            HBox row = new HBox(6, severity, text);
            row.setAccessibleText(Messages.t("detail.accessible.nameAndText", f.severityText(), f.text()));
            return row;
        });
    }
}
