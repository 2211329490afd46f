package nl.onderwijsregio.atlas.ui.editor;

import java.util.List;
import nl.onderwijsregio.atlas.core.check.Finding;
import nl.onderwijsregio.atlas.core.check.Validator;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.FindingsModel;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The question before saving data the validator finds errors in: {@code validate} and CI refuse such a file, so
 * "Opgeslagen" alone would let it go to colleagues unnoticed. Warnings are no reason to ask; they are judgements,
 * and the data keeps what was published.
 */
final class ErrorsBeforeSaving {

    private final AtlasState state;
    private final EditorDialogs dialogs;
    /** Kept between saves: it keeps what it knows of the boundaries, slow to work out, while they stay. */
    private Validator validator;

    ErrorsBeforeSaving(AtlasState state, EditorDialogs dialogs) {
        this.state = state;
        this.dialogs = dialogs;
    }

    /** True when {@code atlas} may be saved: it has no errors, or the user chose to save it all the same. */
    boolean allowSaving(Atlas atlas) {
        List<Finding> errors = errorsIn(atlas);
        if (errors.isEmpty()
                || dialogs.confirmSaveWithErrors(errors.size(), errors.get(0).message(Messages.current().locale()))) {
            return true;
        }
        state.statusProperty().set(Messages.t("editor.saveWithErrors.notSaved", errors.size()));
        return false;
    }

    /**
     * The errors as the live validation found them, when it has seen this very data; right after an edit it may not
     * have yet, and then they are found here, as {@code validate} would.
     */
    private List<Finding> errorsIn(Atlas atlas) {
        FindingsModel.Report report = state.findings().report();
        List<Finding> findings;
        // Errors are about codes and memberships, so the same data on the same codes has the same errors.
        if (report.atlas() != null && report.failure() == null && report.atlas().data().equals(atlas.data())
                && report.atlas().municipalities().keySet().equals(atlas.municipalities().keySet())) {
            findings = report.findings();
        } else {
            if (validator == null) {
                validator = new Validator();
            }
            findings = validator.validate(atlas, state.findings().borders().graphFor(atlas));
        }
        return findings.stream().filter(Finding::isError).toList();
    }
}
