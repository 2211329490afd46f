package nl.onderwijsregio.atlas.ui.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.edit.FigureInput;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.summary.NumberText;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The region form's key-figure fields and the complaints about entries they refused. A refused entry is the
 * editor's typing, not yet a value: it stays in its field, marked and explained, until it is put right or another
 * region is shown, whatever else in the form is committed meanwhile.
 *
 * <p>Choosing another region is not held up by a refused entry (the choice may come from the map, the legend or
 * the search, far from the form), and the entry cannot stay in a form that now shows another region. So leaving
 * says on the status line what was not saved, where and why ("'-3' bij Schoolbesturen vo van Oost-Nederland is
 * niet opgeslagen: …"), to be typed again, and the complaints about the region left go with it.
 */
final class KeyFigureFields {

    /** Shows the data's value in a field, keeping what is typed or refused there for the same region. */
    interface Shower {
        void show(TextField field, String value, boolean sameRegion);
    }

    static final String INVALID = "invalid";

    private final AtlasState state;
    private final EditorModel model;
    private final Map<KeyFigure, TextField> fields = new EnumMap<>(KeyFigure.class);
    /** One complaint per refused entry: with two refused, putting one right must not hide the other. */
    private final Map<KeyFigure, String> complaints = new EnumMap<>(KeyFigure.class);
    private final Label problem = new Label();

    KeyFigureFields(AtlasState state, EditorModel model) {
        this.state = state;
        this.model = model;
        problem.getStyleClass().add("editor-problem");
        problem.setId("editor-figure-problem");
        problem.setWrapText(true);
    }

    /**
     * Adds a named field per key figure to {@code form}.
     *
     * @param watch   makes a field commit on Enter or on leaving it
     * @param shownIn the region whose values the fields show
     */
    void addTo(NamedFields form, BiConsumer<TextField, Runnable> watch, Supplier<Region> shownIn) {
        for (KeyFigure f : KeyFigure.values()) {
            TextField field = new TextField();
            field.setMaxWidth(Double.MAX_VALUE);
            field.setId("editor-figure-" + f.jsonKey());
            field.setPromptText(Messages.t("editor.figure.unknown"));
            watch.accept(field, () -> commit(shownIn.get(), f));
            fields.put(f, field);
            form.add(label(f), field);
        }
    }

    Label problem() {
        return problem;
    }

    /** Shows {@code r}'s figures; for the same region, a refused entry and its complaint stay. */
    void show(Region r, boolean sameRegion, Shower shower) {
        fields.forEach((f, field) -> {
            OptionalLong v = r == null ? OptionalLong.empty() : r.keyFigures().get(f);
            shower.show(field, v.isPresent() ? shown(v.getAsLong()) : "", sameRegion);
            if (!sameRegion) {
                field.getStyleClass().remove(INVALID);
            }
        });
        if (!sameRegion) {
            complaints.clear();
        }
        showComplaints();
    }

    /**
     * The form leaves {@code left} (null when it is gone): its refused entries are let go and their complaints
     * with them, also from the status line.
     *
     * @return for each refused entry, that it was not saved, naming the figure and the region
     */
    List<String> leave(Region left) {
        List<String> notSaved = new ArrayList<>();
        fields.forEach((f, field) -> {
            if (field.getStyleClass().remove(INVALID) && left != null) {
                notSaved.add(Messages.t("editor.figure.notSaved", field.getText(), label(f), left.displayName()));
            }
        });
        String shown = state.statusProperty().get();
        if (shown != null && complaints.values().stream().anyMatch(shown::contains)) {
            state.statusProperty().set("");
        }
        complaints.clear();
        showComplaints();
        return notSaved;
    }

    private static String label(KeyFigure f) {
        return Messages.t("editor.figure." + f.jsonKey());
    }

    /** @return false when an entry was refused */
    boolean commitAll(Region r) {
        boolean accepted = true;
        for (KeyFigure f : fields.keySet()) {
            accepted &= commit(r, f);
        }
        return accepted;
    }

    /** @return false when the typed figure was refused */
    boolean commit(Region r, KeyFigure f) {
        if (r == null) {
            return true;
        }
        TextField field = fields.get(f);
        FigureInput.Parsed parsed = FigureInput.parse(field.getText(), Messages.current().locale());
        if (!parsed.valid()) {
            if (!field.getStyleClass().contains(INVALID)) {
                field.getStyleClass().add(INVALID);
            }
            String complaint = Messages.t("editor.figure.invalid", label(f), field.getText());
            complaints.put(f, complaint);
            showComplaints();
            // Also where a save or another region, not the form, is what the user is looking at.
            state.statusProperty().set(complaint);
            return false;
        }
        if (field.getStyleClass().remove(INVALID)) {
            // Put right: the complaint goes from the status line too, also when the value is the one there was,
            // and also where a refused save wrapped it in "Niet opgeslagen: …".
            String complaint = complaints.remove(f);
            String shown = state.statusProperty().get();
            if (complaint != null && shown != null && shown.contains(complaint)) {
                state.statusProperty().set("");
            }
            showComplaints();
        }
        var current = r.keyFigures().get(f);
        Long now = current.isPresent() ? current.getAsLong() : null;
        if (Objects.equals(now, parsed.value())) {
            // "070780" is the 70.780 already there: shown as the form shows it, it is no longer typed text.
            field.setText(now == null ? "" : shown(now));
            return true;
        }
        boolean done = model.perform(a -> Edits.setKeyFigure(a, r.id(), f, parsed.value(), model.reason()));
        if (done) {
            // The form, shown anew by the edit, kept the text typed in the field the pointer is still in.
            field.setText(parsed.value() == null ? "" : shown(parsed.value()));
        }
        return done;
    }

    /**
     * Grouped as the detail pane and the slides show it ("70.780", in English "70,780"): beside "70780" in the form,
     * the same figure read as another one, and a digit too many or too few went unseen.
     */
    private static String shown(long figure) {
        return NumberText.integer(figure, Messages.current().locale());
    }

    private void showComplaints() {
        problem.setText(String.join("\n", complaints.values()));
    }
}
