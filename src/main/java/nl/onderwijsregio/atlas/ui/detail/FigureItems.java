package nl.onderwijsregio.atlas.ui.detail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.summary.AtlasSummary;
import nl.onderwijsregio.atlas.core.summary.FigureSource;
import nl.onderwijsregio.atlas.core.summary.CorrectionText;
import nl.onderwijsregio.atlas.core.summary.NumberText;
import nl.onderwijsregio.atlas.ui.detail.DetailViewModel.FigureItem;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/** The key-figure tiles of the detail pane, and where their figures come from: the region's card, or the atlas. */
final class FigureItems {

    private FigureItems() {
    }

    /** Where the figures come from, for the line under the tiles: the card (or that it gave none), or the atlas. */
    static String source(Region r, AtlasSummary summary) {
        return sourceOf(Arrays.stream(KeyFigure.values()).anyMatch(r.keyFigures()::isPresent), r, summary);
    }

    private static String sourceOf(boolean given, Region r, AtlasSummary summary) {
        return FigureSource.ofFigure(r, given, summary.atlas().data().source(), Messages::t);
    }

    /** The five key figures of {@code r}, each with where it comes from and any correction to it. */
    static List<FigureItem> of(Region r, AtlasSummary summary, Locale locale) {
        List<FigureItem> items = new ArrayList<>();
        String unknown = Messages.t("detail.unknown");
        CorrectionText corrections = new CorrectionText(locale, Messages::t);
        for (KeyFigure f : KeyFigure.values()) {
            var v = r.keyFigures().get(f);
            String label = Messages.t("detail.figure." + f.jsonKey());
            String value = NumberText.figure(v, locale, unknown);
            String src = sourceOf(v.isPresent(), r, summary) + corrections.forFigure(r.corrections(), f);
            items.add(new FigureItem(f, label, value, v.isPresent(), src,
                    Messages.t("detail.figure.accessible", label, value)));
        }
        return items;
    }
}
