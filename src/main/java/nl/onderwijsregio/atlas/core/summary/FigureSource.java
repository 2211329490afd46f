package nl.onderwijsregio.atlas.core.summary;

import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.SourceInfo;

/**
 * Where a region's figures come from, as every place that passes them on names it. A region of the publication
 * has its region card; a region made in the atlas (it has no published name) has none, and its figures are
 * what someone typed in: naming the publication for them would pass them off as published.
 */
public final class FigureSource {

    private FigureSource() {
    }

    /** Whether the region is one of the publication's, with a region card of its own. */
    public static boolean hasCard(Region r) {
        return r.publishedName() != null;
    }

    /**
     * The source of one figure (or of the figures together), {@code given} or not: the region card that gives it
     * or does not, or the atlas it was entered in.
     */
    public static String ofFigure(Region r, boolean given, SourceInfo source, Labels labels) {
        if (!hasCard(r)) {
            return labels.get(given ? "detail.figure.source.entered" : "detail.figure.source.entered.absent",
                    title(source));
        }
        return labels.get(given ? "detail.figure.source" : "detail.figure.source.absent", FactsCopy.sourceLine(source),
                r.publishedName());
    }

    /** The source of the region's facts as a whole, for a copy that names where it comes from. */
    public static String ofRegion(Region r, SourceInfo source, Labels labels) {
        return hasCard(r) ? FactsCopy.sourceLine(source) : labels.get("detail.source.entered", title(source));
    }

    /** The publication's title, the part of its name a reader knows it by. */
    public static String title(SourceInfo source) {
        return source.title() == null ? "" : source.title();
    }
}
