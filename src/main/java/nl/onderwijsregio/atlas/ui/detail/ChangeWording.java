package nl.onderwijsregio.atlas.ui.detail;

import nl.onderwijsregio.atlas.core.edit.ChangeLog;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * How a saved change reads, in a region's history and in the whole change log alike: one editor reading both
 * must recognise the same step in either.
 */
public final class ChangeWording {

    private ChangeWording() {
    }

    /** When, by whom, the step and its reason, in the atlas's language. */
    public static String line(ChangeLog.Entry entry, ChangeLog.Change change) {
        String when = Messages.current().dateTime(entry.time());
        String step = step(change);
        return change.reason() == null
                ? Messages.t("detail.history.line", when, entry.editor(), step)
                : Messages.t("detail.history.lineWithReason", when, entry.editor(), step, change.reason());
    }

    /**
     * What the step changed, a line each under the step. All of them: a line folded away could not be read
     * anywhere else.
     */
    public static String details(ChangeLog.Change change) {
        StringBuilder text = new StringBuilder();
        for (ChangeLog.Detail detail : change.details()) {
            text.append('\n').append(Messages.t("detail.history.detail", detail.text()));
        }
        return text.toString();
    }

    /**
     * The log names an undone step by the step itself; said bare, an undone "Dalfsen toevoegen" would read as if
     * Dalfsen was added once more.
     */
    private static String step(ChangeLog.Change change) {
        return "undo".equals(change.kind()) ? Messages.t("detail.history.undone", change.step()) : change.step();
    }
}
