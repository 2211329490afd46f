package nl.onderwijsregio.atlas.core.data;

import java.util.List;

/**
 * Every problem one pass found in what a regions file holds ({@link RegionFileReader#parseEvery}), in the file's
 * order. It is told as its first problem is, so where one problem is shown (the app's error dialog) nothing changes;
 * {@link #all()} is for whoever lists them (the command line's {@code validate}).
 */
public final class RegionFileProblems extends DataLoadException {

    private final List<DataLoadException> all;

    RegionFileProblems(List<DataLoadException> all) {
        super(all.get(0).file(), all.get(0).locationPhrase(), all.get(0).problemPhrase(), all.get(0));
        this.all = List.copyOf(all);
    }

    /** Each problem, with its place, in the order the file holds them; at least one. */
    public List<DataLoadException> all() {
        return all;
    }
}
