package nl.onderwijsregio.atlas.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.ui.DialogButtons;
import nl.onderwijsregio.atlas.ui.DialogFit;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The questions after a colleague saved the file the editor works on: what to do (keep both, save as a new file, or
 * load theirs), and, for loading theirs, the confirmation that says where the editor's own version goes.
 */
final class FxConflictDialogs {

    private FxConflictDialogs() {
    }

    static EditorDialogs.Conflict askConflict(Window owner, Path file, List<String> differences,
                                              EditorDialogs.KeepBoth keepBoth) {
        ButtonType both = new ButtonType(Messages.t("editor.conflict.keepBoth"), ButtonBar.ButtonData.YES);
        ButtonType saveAs = new ButtonType(Messages.t("editor.conflict.saveAs"),
                keepBoth.possible() ? ButtonBar.ButtonData.NO : ButtonBar.ButtonData.YES);
        ButtonType reload = new ButtonType(Messages.t("editor.conflict.reload"),
                keepBoth.possible() ? ButtonBar.ButtonData.OTHER : ButtonBar.ButtonData.NO);
        String text = keepBoth.possible() ? Messages.t("editor.conflict.text.keepBoth", file.getFileName())
                : Messages.t("editor.conflict.text", file.getFileName());
        if (keepBoth.whyNot() != null) {
            text = text + "\n\n" + keepBoth.whyNot();
        }
        Alert a = FxEditorDialogs.owned(owner, keepBoth.possible()
                ? new Alert(Alert.AlertType.WARNING, text, both, saveAs, reload, DialogButtons.cancel())
                : new Alert(Alert.AlertType.WARNING, text, saveAs, reload, DialogButtons.cancel()));
        a.setTitle(Messages.t("editor.conflict.title"));
        a.setHeaderText(Messages.t("editor.conflict.header"));
        a.getDialogPane().setExpandableContent(differencesArea("conflict-diff", differences.isEmpty()
                ? List.of(Messages.t("editor.conflict.noDifferences")) : differences));
        a.getDialogPane().setId("conflict");
        DialogButtons.localise(a.getDialogPane());
        DialogButtons.growWithDetails(a.getDialogPane());
        DialogFit.keepWithinScreen(a);
        a.getDialogPane().lookupButton(DialogButtons.cancel()).setId("conflict-cancel");
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty()) {
            return EditorDialogs.Conflict.CANCEL;
        }
        ButtonType chosen = answer.get();
        return chosen == both ? EditorDialogs.Conflict.KEEP_BOTH : chosen == saveAs ? EditorDialogs.Conflict.SAVE_AS
                : chosen == reload ? EditorDialogs.Conflict.RELOAD : EditorDialogs.Conflict.CANCEL;
    }

    /** Loading theirs lets go of the editor's work on screen: asked once more, naming where that work is kept. */
    static boolean confirmReload(Window owner, Path file, Path keptAs, int changes) {
        ButtonType load = new ButtonType(Messages.t("editor.reload.confirm"), ButtonBar.ButtonData.OK_DONE);
        Alert a = FxEditorDialogs.owned(owner, new Alert(Alert.AlertType.CONFIRMATION,
                Messages.t("editor.reload.text", changes, keptAs.getFileName(), keptAs.toAbsolutePath().getParent()),
                load, DialogButtons.cancel()));
        a.setTitle(Messages.t("editor.reload.title"));
        a.setHeaderText(Messages.t("editor.reload.header"));
        DialogPane pane = a.getDialogPane();
        pane.setId("reload-theirs");
        DialogButtons.localise(pane);
        // Cancel is the default: letting go of the work on screen takes a deliberate click.
        DialogButtons.defaultTo(pane, DialogButtons.cancel(), load);
        DialogFit.keepWithinScreen(a);
        return a.showAndWait().filter(load::equals).isPresent();
    }

    /**
     * Differences one line each, as a conflict's details and the recovery question show them: read-only, wrapped
     * within the dialog rather than widening it past the screen.
     */
    static TextArea differencesArea(String id, List<String> lines) {
        TextArea area = new TextArea(String.join("\n", lines));
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        return area;
    }
}
