package nl.onderwijsregio.atlas.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.onderwijsregio.atlas.core.edit.RecoveryStore;
import nl.onderwijsregio.atlas.core.export.ExportNotWritten;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The questions the editor asks the user. The view-model only asks; how is up to the implementation
 * (dialogs in the app, scripted answers in tests).
 */
public interface EditorDialogs {

    /** What to do when the file changed on disk since loading. */
    enum Conflict { KEEP_BOTH, SAVE_AS, RELOAD, CANCEL }

    /**
     * Whether the editor's changes and the colleague's can both be kept in the file, merged; when not, why, in the
     * user's words (what both changed, each differently), or null when the details already say it.
     */
    record KeepBoth(boolean possible, String whyNot) {
        static final KeepBoth POSSIBLE = new KeepBoth(true, null);

        static KeepBoth not(String why) {
            return new KeepBoth(false, why);
        }
    }

    /** What to do with unsaved changes when the window closes or another file is opened. */
    enum Close { SAVE, DISCARD, CANCEL }

    /** The editor's name for the change log, asked once; empty when the user declines. */
    Optional<String> askEditorName();

    /**
     * @param differences the differences between the user's version and the one on disk, one line each, under
     *                    headings saying whose change they are
     * @param keepBoth    whether {@link Conflict#KEEP_BOTH} is offered, and if not, why not
     */
    Conflict askConflict(Path file, List<String> differences, KeepBoth keepBoth);

    /**
     * Whether to load the colleague's version after all, the user's version being kept first as {@code keptAs}.
     *
     * @param changes how many differences the user's version makes (a member, a figure, a name each)
     */
    boolean confirmReload(Path file, Path keptAs, int changes);

    /**
     * Whether to save data the validator finds errors in, which {@code validate} would refuse.
     *
     * @param errors how many errors
     * @param first  the first of them, in the user's language
     */
    boolean confirmSaveWithErrors(int errors, String first);

    /** What to do when the file to save to is no longer there; no other version to load, so only where to save. */
    enum Gone { SAVE_AGAIN, SAVE_AS, CANCEL }

    /**
     * Says that {@code file} was deleted or moved since it was loaded and asks where to save the work.
     *
     * @param canSaveAgain its folder is still there, so it can be saved again where it was
     */
    Gone askWhenFileGone(Path file, boolean canSaveAgain);

    Optional<Path> chooseSaveAsFile(Path suggestion);

    /**
     * Whether to restore the unsaved work of a crashed session.
     *
     * @param fileChangedSince the file on disk is no longer the version the work began from
     * @param changes          what the work changes, one line each, as a conflict's details say it
     */
    boolean askRestore(RecoveryStore.Snapshot snapshot, boolean fileChangedSince, List<String> changes);

    /**
     * Whether to open the file {@code snapshot} holds unsaved work for, another than the one opened, and restore
     * the work there; false leaves it for later.
     */
    boolean askOpenToRestore(RecoveryStore.Snapshot snapshot);

    /** What to do with unsaved work kept for a file that is no longer there. */
    enum GoneFileWork { SAVE_AS, DISCARD, LATER }

    /** Says that unsaved work is kept, in {@code keptIn}, for a file that is no longer there, and asks what to do. */
    GoneFileWork askAboutWorkForGoneFile(RecoveryStore.Snapshot snapshot, Path keptIn);

    /**
     * What to do with unsaved changes when the window closes.
     *
     * @param changes how many differences the unsaved work makes to {@code file} (a member, a figure, a name each)
     */
    Close askClose(Path file, int changes);

    /** What to do with unsaved changes before another regions or municipality file is opened. */
    Close askBeforeOpening(Path file, int changes);

    boolean confirmDelete(String regionName);

    /** Shows an error under {@code header}, which says what failed: saving, reading a chosen file. */
    void showError(String header, Throwable error);

    /** Shows an error nobody expected, under the header for those. */
    default void showError(Throwable error) {
        showError(Messages.t("app.error.header"), error);
    }

    /** A save that was not written: the user's file and why, in their words, under a header that says so. */
    default void showSaveFailed(ExportNotWritten why) {
        showError(Messages.t("editor.saveFailed.header"), why);
    }

    /**
     * As {@link #showSaveFailed}, with the way out a refused save has, saving as a new file, as the default answer.
     *
     * @return true when the user chose to save as a new file
     */
    boolean showSaveFailedOfferingSaveAs(ExportNotWritten why);
}
