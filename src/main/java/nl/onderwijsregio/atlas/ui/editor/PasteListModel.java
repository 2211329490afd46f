package nl.onderwijsregio.atlas.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.onderwijsregio.atlas.core.edit.PasteListResolver;
import nl.onderwijsregio.atlas.core.edit.PasteListResolver.LineMatch;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The paste dialog's view-model: one row per pasted line with its match, confidence and alternatives.
 * The editor may pick another alternative or leave a line out; nothing is applied until confirmed.
 */
public final class PasteListModel {

    /** One thing a line may be added as: a municipality, or all municipalities of a province. */
    public record Choice(List<String> codes, String label, double score) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One pasted line. */
    public static final class Row {
        private final LineMatch match;
        private final List<Choice> choices;
        private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice");
        private final BooleanProperty accepted = new SimpleBooleanProperty(this, "accepted");

        Row(LineMatch match, List<Choice> choices) {
            this.match = match;
            this.choices = List.copyOf(choices);
            // A line that was not found only offers weak look-alikes: none is chosen until the editor picks one.
            choice.set(choices.isEmpty() || match.codes().isEmpty() ? null : choices.get(0));
            accepted.set(match.acceptedByDefault() && !choices.isEmpty());
            // Picking an alternative is a decision: the line is then meant to be added.
            choice.addListener((obs, o, n) -> accepted.set(n != null));
        }

        public LineMatch match() {
            return match;
        }

        public List<Choice> choices() {
            return choices;
        }

        public ObjectProperty<Choice> choiceProperty() {
            return choice;
        }

        public BooleanProperty acceptedProperty() {
            return accepted;
        }

        public String statusText() {
            return Messages.t("editor.paste.status." + match.status().name());
        }

        public String confidenceText() {
            return match.codes().isEmpty() ? "" : Math.round(match.confidence() * 100) + "%";
        }
    }

    private final Atlas atlas;
    private final PasteListResolver resolver;
    private final Set<String> members;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public PasteListModel(Atlas atlas, PasteListResolver resolver, Set<String> members) {
        this.atlas = atlas;
        this.resolver = resolver;
        this.members = members;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Resolves and shows the rows at once; see {@link #compute} for the part that may run in the background. */
    public void resolve(String pasted) {
        rows.setAll(compute(pasted));
    }

    /** The rows for {@code pasted}, not yet shown; safe to call off the FX thread. */
    public List<Row> compute(String pasted) {
        List<Row> result = new ArrayList<>();
        for (LineMatch m : resolver.resolve(pasted, members)) {
            result.add(new Row(m, choices(m)));
        }
        return result;
    }

    private List<Choice> choices(LineMatch m) {
        List<Choice> list = new ArrayList<>();
        if (m.status() == PasteListResolver.Status.PROVINCE) {
            String province = atlas.municipality(m.codes().get(0)).map(x -> x.province()).orElse("");
            list.add(new Choice(m.codes(), Messages.t("editor.paste.province", province, m.codes().size()), m.confidence()));
            return list;
        }
        if (!m.codes().isEmpty()) {
            list.add(municipality(m.codes().get(0), m.confidence()));
        }
        m.alternatives().forEach(c -> list.add(municipality(c.code(), c.score())));
        return list;
    }

    private Choice municipality(String code, double score) {
        var mun = atlas.municipality(code).orElseThrow();
        return new Choice(List.of(code), Messages.t("editor.paste.municipality", mun.name(), mun.province(), code), score);
    }

    /** The codes of the accepted rows, in order, without repeats. */
    public List<String> acceptedCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (Row r : rows) {
            if (r.acceptedProperty().get() && r.choiceProperty().get() != null) {
                codes.addAll(r.choiceProperty().get().codes());
            }
        }
        return List.copyOf(codes);
    }

    /** Rows the editor still has to decide: no match taken yet. */
    public long undecided() {
        return rows.stream().filter(r -> !r.acceptedProperty().get()).count();
    }
}
