package nl.onderwijsregio.atlas.ui.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.summary.NationalPicture;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The "Landelijk beeld" charts as ready texts and numbers: one chart per printed table, each naming its
 * source, where in the report the table is printed, and n, and noting where the printed numbers do not
 * add up.
 */
public final class NationalPictureViewModel {

    /**
     * One bar: a printed row, its cells (null for a blank cell), each cell as the chart writes it (a count, a
     * percentage, or "blank") and the row's accessible reading.
     */
    public record Bar(String label, List<Integer> values, List<String> valueTexts, int sum, String accessibleText) {
    }

    /** One chart. {@code scale} is the value a full-width bar stands for. */
    public record Chart(String id, boolean stacked, String title, List<String> categories, List<Bar> bars,
                        int scale, String source, List<String> notes) {
    }

    private final List<Chart> charts;

    public NationalPictureViewModel(NationalPicture picture) {
        Locale locale = Messages.current().locale();
        String source = picture.source().in(locale);
        List<Chart> list = new ArrayList<>();
        for (NationalPicture.Table t : picture.tables()) {
            boolean counts = t.kind() == NationalPicture.Kind.COUNTS;
            List<String> categories = t.categories().stream().map(c -> c.in(locale)).toList();
            List<Bar> bars = new ArrayList<>();
            for (NationalPicture.Row r : t.rows()) {
                String label = r.label().in(locale);
                List<String> texts = new ArrayList<>();
                List<String> spoken = new ArrayList<>(List.of(label));
                for (int i = 0; i < categories.size(); i++) {
                    Integer v = r.values().get(i);
                    String text = v == null ? Messages.t("table.national.blank")
                            : Messages.t(counts ? "table.national.count" : "table.national.percent", v);
                    texts.add(text);
                    spoken.add(Messages.t("table.national.share", categories.get(i), text));
                }
                bars.add(new Bar(label, r.values(), List.copyOf(texts), r.sum(),
                        String.join(Messages.t("table.national.spokenSeparator"), spoken)));
            }
            List<String> notes = new ArrayList<>();
            for (NationalPicture.Shortfall s : t.shortfalls(picture.respondents())) {
                notes.add(s.rowLabel() == null
                        ? Messages.t("table.national.note.total", s.printed(), s.expected())
                        : Messages.t("table.national.note.row", s.rowLabel().in(locale), s.printed(), s.expected()));
            }
            if (t.rows().stream().anyMatch(r -> r.values().contains(null))) {
                notes.add(Messages.t("table.national.note.blank"));
            }
            String number = Messages.t("table.national.number", t.number());
            list.add(new Chart(t.id(), counts, Messages.t("table.national.title", number, t.title().in(locale)),
                    categories, bars, counts ? picture.respondents() : Math.max(1, t.maxValue()),
                    Messages.t("table.national.source", source, t.location().in(locale), number,
                            picture.respondents()), notes));
        }
        this.charts = List.copyOf(list);
    }

    public List<Chart> charts() {
        return charts;
    }
}
