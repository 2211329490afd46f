package nl.onderwijsregio.atlas.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.onderwijsregio.atlas.core.edit.ConflictDiff;
import nl.onderwijsregio.atlas.core.edit.RegionDiff;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * What unsaved work changes, one line each, in the user's language: the details of a conflict on saving, and of the
 * question whether to restore the work of a crashed session, which are the same question of whose each change is.
 */
final class WorkDifferences {

    private WorkDifferences() {
    }

    /**
     * The differences under a heading for the editor's own changes, the colleague's, and what both changed; without a
     * known base, which is whose cannot be told, only what each version has.
     *
     * @param base   the version the work began from, when known
     * @param mine   the unsaved work
     * @param onDisk the file as it is now: the base itself when nobody else saved
     */
    static List<String> of(Optional<RegionData> base, RegionData mine, RegionData onDisk, Function<String, String> names) {
        if (base.isEmpty()) {
            return RegionDiff.versusDisk(mine, onDisk, names).stream().map(l -> EditorModel.format(l.text())).toList();
        }
        return of(ConflictDiff.of(base.get(), mine, onDisk, names));
    }

    /** The differences {@code sorted} holds, under a heading for the editor's own, the colleague's and both's. */
    static List<String> of(ConflictDiff.Sorted sorted) {
        List<String> lines = new ArrayList<>();
        section(lines, "editor.conflict.own", sorted.own());
        section(lines, "editor.conflict.theirs", sorted.theirs());
        section(lines, "editor.conflict.both", sorted.both());
        return lines;
    }

    private static void section(List<String> lines, String headingKey, List<RegionDiff.Line> part) {
        if (!part.isEmpty()) {
            lines.add(Messages.t(headingKey, part.size()));
            part.forEach(l -> lines.add(indented(l)));
        }
    }

    /** A line under its heading. */
    static String indented(RegionDiff.Line line) {
        return "  " + EditorModel.format(line.text());
    }
}
