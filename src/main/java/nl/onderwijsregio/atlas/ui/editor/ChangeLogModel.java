package nl.onderwijsregio.atlas.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.onderwijsregio.atlas.core.edit.ChangeLog;
import nl.onderwijsregio.atlas.ui.detail.ChangeWording;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The view-model behind the change log dialog: every saved step of the whole log, newest first, worded as a
 * region's history words it, with the regions it concerns named; the regions deleted since too, which no region's
 * history can show any more. A free-text filter keeps the steps holding every word typed.
 */
final class ChangeLogModel {

    private final ObservableList<String> steps = FXCollections.observableArrayList();
    private final FilteredList<String> shown = new FilteredList<>(steps);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final StringProperty empty = new SimpleStringProperty(this, "empty", "");
    private final StringBinding placeholder;

    ChangeLogModel() {
        filter.addListener((obs, old, words) -> shown.setPredicate(holdingAll(words)));
        placeholder = Bindings.createStringBinding(() -> steps.isEmpty() || filter.get().isBlank() ? empty.get()
                : Messages.t("editor.changeLog.noMatch", filter.get().strip()), steps, filter, empty);
    }

    /**
     * Shows {@code contents}, regions named by {@code regionName} (id to name, or null for a region there is no
     * more: then its id, the one name the log keeps).
     */
    void show(ChangeLog.Contents contents, Function<String, String> regionName) {
        empty.set(Messages.t("editor.changeLog.none"));
        List<String> newestFirst = new ArrayList<>();
        // A damaged line first: the editor should know the log is not whole before reading it as if it were.
        contents.unreadable().forEach(n -> newestFirst.add(Messages.t("editor.changeLog.unreadable", n)));
        List<ChangeLog.Entry> entries = contents.entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            ChangeLog.Entry entry = entries.get(i);
            List<ChangeLog.Change> changes = entry.changes();
            for (int j = changes.size() - 1; j >= 0; j--) {
                newestFirst.add(text(entry, changes.get(j), regionName));
            }
        }
        steps.setAll(newestFirst);
    }

    /** The log could not be read at all (a share gone, no permission): said where the steps would be. */
    void failed(String reason) {
        steps.clear();
        empty.set(Messages.t("editor.changeLog.failed", reason));
    }

    private static String text(ChangeLog.Entry entry, ChangeLog.Change change, Function<String, String> regionName) {
        List<String> names = change.regions().stream().map(id -> {
            String name = regionName.apply(id);
            return name == null ? id : name;
        }).toList();
        String regions = names.isEmpty() ? "" : "\n" + Messages.t("editor.changeLog.regions", String.join(", ", names));
        return ChangeWording.line(entry, change) + regions + ChangeWording.details(change);
    }

    private static java.util.function.Predicate<String> holdingAll(String typed) {
        Locale locale = Messages.current().locale();
        List<String> words = Arrays.stream(typed.toLowerCase(locale).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        return step -> {
            String text = step.toLowerCase(locale);
            return words.stream().allMatch(text::contains);
        };
    }

    /** The steps the filter lets through, newest first. */
    ObservableList<String> shown() {
        return shown;
    }

    StringProperty filterProperty() {
        return filter;
    }

    /** What stands in the list when it shows no step: no log yet, a log unread, or a filter matching nothing. */
    StringBinding placeholder() {
        return placeholder;
    }

    /** The steps shown, as text to paste in a mail or a note, a blank line between them. */
    String copyText() {
        return String.join("\n\n", shown);
    }
}
