package nl.onderwijsregio.atlas.ui.editor;

import nl.onderwijsregio.atlas.ui.DaemonThreads;
import nl.onderwijsregio.atlas.ui.DialogButtons;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nl.onderwijsregio.atlas.core.data.BoundaryReader;
import nl.onderwijsregio.atlas.core.data.DataPhrase;
import nl.onderwijsregio.atlas.core.data.SpatialDatabase;
import nl.onderwijsregio.atlas.core.edit.Reorganisation;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.DialogOwners;
import nl.onderwijsregio.atlas.ui.ErrorDialog;
import nl.onderwijsregio.atlas.ui.WrappingTextCell;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.prefs.AtlasOpener;

/**
 * "Herindeling verwerken": reads a newer boundary file or a CSV of old and new codes, lists the memberships
 * whose code no longer exists with the proposed successor, and on confirmation fills them in as one step.
 * Memberships of municipalities the loaded boundaries still have are listed as such and filled in only when
 * the editor ticks going ahead of the newer boundaries.
 */
final class ReorganisationDialog {

    private final AtlasState state;
    private final EditorModel model;
    private final Window owner;

    ReorganisationDialog(AtlasState state, EditorModel model, Window owner) {
        this.state = state;
        this.model = model;
        this.owner = owner;
    }

    void open() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.t("editor.reorg.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.t("editor.reorg.files"), "*.csv", "*.shp"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            read(file.toPath());
        }
    }

    /** Reads {@code path} (new boundaries or a CSV of codes) in the background, then shows what it would change. */
    void read(Path path) {
        Atlas atlas = model.atlas();
        Task<Read> task = new Task<>() {
            @Override
            protected Read call() throws Exception {
                if (path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".shp")) {
                    try (SpatialDatabase db = SpatialDatabase.open()) {
                        BoundaryReader.Boundaries read = new BoundaryReader(db).readBoundaries(path);
                        return new Read(Reorganisation.fromEdition(atlas, read.municipalities()), read.notices());
                    }
                }
                return new Read(Reorganisation.fromCsv(path), List.of());
            }
        };
        String reading = Messages.t("editor.reorg.reading", path.getFileName());
        String before = statusBeforeReading();
        // "Being read" is over once read: the dialog, or the status line, says what comes of it.
        task.setOnSucceeded(e -> {
            Read read = task.getValue();
            if (reading.equals(state.statusProperty().get())) {
                state.statusProperty().set(before);
            }
            confirm(read.reorganisation(), atlas, path);
            // After what came of it, which the status line may tell, so that does not take its place.
            if (!read.notices().isEmpty()) {
                state.statusProperty().set(Messages.t("editor.reorg.withNotice",
                        AtlasOpener.noticesStatus(read.notices()), state.statusProperty().get()).strip());
            }
        });
        task.setOnFailed(e -> {
            // A file the editor chose that cannot be read: its name heads the error, as for a file opened.
            String unreadable = Messages.t("editor.reorg.unreadable", path.getFileName());
            // Beside what the line said (what is loaded): nothing changed, so that still holds.
            failedStatus = before.isBlank() ? unreadable : Messages.t("editor.reorg.unreadableBeside", before, unreadable);
            statusBeforeFailure = before;
            state.statusProperty().set(failedStatus);
            ErrorDialog.show(owner, unreadable, task.getException());
        });
        state.statusProperty().set(reading);
        DaemonThreads.start(task, "atlas-reorganisation");
    }

    /** What the status line said before the last failed read, and what it said then: a failure is not kept twice. */
    private String statusBeforeFailure;
    private String failedStatus;

    private String statusBeforeReading() {
        String now = state.statusProperty().get();
        return now == null ? "" : now.equals(failedStatus) ? statusBeforeFailure : now;
    }

    /** A reorganisation as read, with what was read otherwise than the file says (e.g. its .cpg). */
    private record Read(Reorganisation reorganisation, List<DataPhrase> notices) {
    }

    /** Shows what {@code reorganisation}, read from {@code source}, would change; applies on OK. */
    void confirm(Reorganisation reorganisation, Atlas atlas, Path source) {
        Set<String> editionCodes = reorganisation.editionCodes();
        if (!editionCodes.isEmpty()) {
            // a save after taking up these boundaries must name this shapefile as the atlas's boundaries
            model.rememberEdition(editionCodes, source);
        }
        confirm(reorganisation, atlas);
    }

    /**
     * Shows what would change; applies on OK. New boundaries that no longer know a member's code (a
     * municipality split into parts of under half) need the editor to choose its successor first: OK stays
     * off, and says why, until every such code has one.
     */
    void confirm(Reorganisation reorganisation, Atlas atlas) {
        List<Reorganisation.Stale> stale = reorganisation.stale(atlas);
        String unknown = unknownOldCodes(reorganisation.unknownOldCodes(atlas));
        if (stale.isEmpty() && unknown.isEmpty()) {
            state.statusProperty().set(Messages.t("editor.reorg.nothing"));
            return;
        }
        if (stale.isEmpty()) {
            tellUnknownOnly(unknown);
            return;
        }
        ListView<String> list = new ListView<>();
        list.setId("reorg-list");
        stale.forEach(s -> list.getItems().add(lineFor(s)));
        list.setPrefSize(640, 300);
        WrappingTextCell.useIn(list);
        long usable = stale.stream().filter(Reorganisation.Stale::proposed).count();
        long aheadOnly = stale.stream().filter(s -> s.newCode() != null && s.stillInBoundaries()).count();
        Alert a = DialogOwners.ownedIfShowing(
                new Alert(Alert.AlertType.CONFIRMATION, "", DialogButtons.ok(), DialogButtons.cancel()), owner);
        a.setTitle(Messages.t("editor.reorg.title"));
        a.setHeaderText(header(stale, usable, aheadOnly, !reorganisation.unresolved(atlas, Map.of()).isEmpty()));
        // Unticked, a code table read before the newer boundaries changes nothing they still show.
        CheckBox ahead = new CheckBox(Messages.t("editor.reorg.ahead", aheadOnly));
        ahead.setId("reorg-ahead");
        ahead.setWrapText(true);
        // As wide as the list: unwrapped, the longer header and this sentence would stretch the dialog past the screen.
        ahead.setPrefWidth(list.getPrefWidth());
        a.getDialogPane().setPrefWidth(list.getPrefWidth() + 40);
        ahead.setVisible(aheadOnly > 0);
        ahead.setManaged(aheadOnly > 0);
        Node ok = a.getDialogPane().lookupButton(DialogButtons.ok());
        Map<String, String> chosen = new LinkedHashMap<>();
        Label unresolved = new Label();
        unresolved.setId("reorg-unresolved");
        unresolved.setWrapText(true);
        unresolved.getStyleClass().add("editor-problem");
        Runnable update = () -> {
            Set<String> open = reorganisation.unresolved(atlas, chosen);
            ok.setDisable(!open.isEmpty() || usable + chosen.size() + (ahead.isSelected() ? aheadOnly : 0) == 0);
            unresolved.setText(open.isEmpty() ? "" : Messages.t("editor.reorg.unresolved", names(stale, open)));
            unresolved.setVisible(!open.isEmpty());
            unresolved.setManaged(!open.isEmpty());
        };
        Label notApplied = new Label(unknown);
        notApplied.setId("reorg-unknown");
        notApplied.setWrapText(true);
        notApplied.setPrefWidth(list.getPrefWidth());
        notApplied.setVisible(!unknown.isEmpty());
        notApplied.setManaged(!unknown.isEmpty());
        GridPane choices = successorChoices(reorganisation, atlas, stale, chosen, update);
        ahead.selectedProperty().addListener((o, was, now) -> update.run());
        update.run();
        a.getDialogPane().setContent(new VBox(8, list, notApplied, ahead, choices, unresolved));
        a.showAndWait().filter(DialogButtons.ok()::equals)
                .ifPresent(b -> model.perform(current -> reorganisation.edit(current, Map.copyOf(chosen),
                        ahead.isSelected())));
    }

    /** Old codes that nothing in the atlas uses, and nothing else: told, with nothing to confirm. */
    private void tellUnknownOnly(String unknown) {
        // Not the status line: "nothing to do" there reads as success, while these lines meant to change something.
        Alert told = DialogOwners.ownedIfShowing(new Alert(Alert.AlertType.INFORMATION, unknown, DialogButtons.ok()),
                owner);
        told.setTitle(Messages.t("editor.reorg.title"));
        told.setHeaderText(Messages.t("editor.reorg.unknownOnly"));
        told.showAndWait();
    }

    /**
     * The list's line for a membership: its proposed successor, a successor the loaded boundaries still show
     * beside the old municipality, a successor only a newer municipality file has, or none at all.
     */
    private static String lineFor(Reorganisation.Stale s) {
        if (s.proposed()) {
            return Messages.t("editor.reorg.line", s.regionName(), s.oldName(), s.oldCode(), s.newName(), s.newCode());
        }
        if (s.newCode() != null) {
            return Messages.t("editor.reorg.stillLoaded", s.regionName(), s.oldName(), s.oldCode(), s.newName(),
                    s.newCode());
        }
        if (s.namedElsewhere() != null) {
            return Messages.t("editor.reorg.successorNotLoaded", s.regionName(), s.oldName(), s.oldCode(),
                    s.namedElsewhere());
        }
        return Messages.t("editor.reorg.noSuccessor", s.regionName(), s.oldName(), s.oldCode());
    }

    /**
     * A chooser for each old code whose successor the editor must name (split in parts of under half), writing the
     * choice into {@code chosen} and calling {@code changed} after each.
     */
    private static GridPane successorChoices(Reorganisation reorganisation, Atlas atlas,
                                             List<Reorganisation.Stale> stale, Map<String, String> chosen,
                                             Runnable changed) {
        GridPane choices = new GridPane();
        choices.setId("reorg-choices");
        choices.setHgap(8);
        choices.setVgap(8);
        int row = 0;
        for (String code : reorganisation.unresolved(atlas, Map.of())) {
            ComboBox<Municipality> box = new ComboBox<>();
            box.setId("reorg-choice-" + code);
            box.getItems().setAll(reorganisation.candidates(atlas, code));
            box.setPromptText(Messages.t("editor.reorg.choicePrompt"));
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Municipality m) {
                    return m == null ? "" : Messages.t("editor.reorg.municipality", m.name(), m.code());
                }

                @Override
                public Municipality fromString(String text) {
                    return null;
                }
            });
            box.valueProperty().addListener((o, was, now) -> {
                if (now == null) {
                    chosen.remove(code);
                } else {
                    chosen.put(code, now.code());
                }
                changed.run();
            });
            choices.addRow(row++, new Label(Messages.t("editor.reorg.choice", names(stale, Set.of(code)))), box);
        }
        return choices;
    }

    /**
     * A sentence for each kind of row the list holds, so the heading agrees with the rows: codes that lapsed (and
     * how many have a successor), old municipalities still in the loaded boundaries whose successor is in them too
     * (filled in only when the editor goes ahead), and successors the loaded boundaries lack (never filled in: the
     * newer municipality file must be read first). A code table read before the newer boundaries has no lapsed
     * codes at all: "voor 0 is een opvolger gevonden" would contradict every row. The question comes only when
     * confirming can fill something in.
     */
    private static String header(List<Reorganisation.Stale> stale, long proposed, long ahead, boolean choices) {
        long lapsed = stale.stream().filter(s -> !s.stillInBoundaries()).count();
        long notLoaded = stale.stream().filter(s -> s.namedElsewhere() != null).count();
        List<String> sentences = new ArrayList<>();
        if (lapsed > 0) {
            sentences.add(Messages.t("editor.reorg.header", lapsed, proposed));
        }
        if (ahead > 0) {
            sentences.add(Messages.t("editor.reorg.headerAhead", ahead));
        }
        if (notLoaded > 0) {
            sentences.add(Messages.t("editor.reorg.headerNotLoaded", notLoaded));
        }
        if (proposed > 0 || ahead > 0 || choices) {
            sentences.add(Messages.t("editor.reorg.question"));
        }
        return String.join(" ", sentences);
    }

    /** "Niet toegepast: GM9998 (regel 2) staat in geen regio …", or empty when every old code was of use. */
    private static String unknownOldCodes(Map<String, Integer> codesAndLines) {
        if (codesAndLines.isEmpty()) {
            return "";
        }
        List<String> named = new ArrayList<>();
        codesAndLines.forEach((code, line) ->
                named.add(Messages.t("editor.reorg.unknownCode", code, String.valueOf(line))));
        return Messages.t("editor.reorg.unknown", String.join(", ", named), codesAndLines.size());
    }

    /** "Raalte (GM0177), Heino (GM1992)": the old municipalities behind {@code codes}. */
    private static String names(List<Reorganisation.Stale> stale, Set<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        stale.stream().filter(s -> codes.contains(s.oldCode())).forEach(s -> names.putIfAbsent(s.oldCode(),
                Messages.t("editor.reorg.municipality", s.oldName(), s.oldCode())));
        return String.join(", ", names.values());
    }
}
