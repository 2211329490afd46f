package nl.onderwijsregio.atlas.core.summary;

import java.util.Comparator;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.text.DutchOrder;

/**
 * The columns of the table of all regions, in display order. The screen table and the CSV export are
 * both built from this list, so they cannot drift apart.
 */
public enum RegionColumn {
    NAME("name", null),
    SECTORS("sectors", null),
    LEERLINGEN_STUDENTEN("figure", KeyFigure.LEERLINGEN_STUDENTEN),
    BESTUREN_PO("figure", KeyFigure.BESTUREN_PO),
    BESTUREN_VO("figure", KeyFigure.BESTUREN_VO),
    MBO_INSTELLINGEN("figure", KeyFigure.MBO_INSTELLINGEN),
    OPLEIDERS("figure", KeyFigure.OPLEIDERS),
    MUNICIPALITIES("municipalities", null),
    AREA("area", null),
    OVERLAPPING("overlapping", null),
    VOORLOPER("voorloper", null),
    CASES("cases", null);

    private final String kind;
    private final KeyFigure figure;

    RegionColumn(String kind, KeyFigure figure) {
        this.kind = kind;
        this.figure = figure;
    }

    /** The label key: {@code table.column.name}, or {@code detail.figure.<jsonKey>} for key figures. */
    public String labelKey() {
        return figure != null ? "detail.figure." + figure.jsonKey() : "table.column." + kind;
    }

    /** The key figure this column shows, or null. */
    public KeyFigure figure() {
        return figure;
    }

    public boolean isNumeric() {
        return this != NAME && this != SECTORS && this != VOORLOPER;
    }

    /**
     * Whether the column says anything about the row. A national region has no territory, so it has no
     * area: a "0,0 km²" would read as measured, and sorting by area would put it first as the smallest region.
     */
    public boolean appliesTo(RegionRow row) {
        return !(this == AREA && row.national());
    }

    /** The value to sort by: a String, Long, Double or Boolean; null for an absent figure or one that does not apply. */
    public Comparable<?> value(RegionRow row) {
        return switch (this) {
            case NAME -> row.name();
            case SECTORS -> row.sectors().stream().map(Sector::name).collect(Collectors.joining(" "));
            case MUNICIPALITIES -> (long) row.municipalityCount();
            case AREA -> appliesTo(row) ? row.areaKm2() : null;
            case OVERLAPPING -> (long) row.overlappingMunicipalities();
            case VOORLOPER -> row.voorloper();
            case CASES -> (long) row.caseCount();
            default -> {
                OptionalLong v = row.figures().get(figure);
                yield v.isPresent() ? (Long) v.getAsLong() : null;
            }
        };
    }

    /**
     * Natural order of the values with absent (null) values last. A sorting UI that reverses the
     * comparator for descending order passes {@code descending = true}, so absent values stay last.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Comparator<Comparable<?>> comparator(boolean descending) {
        int absent = descending ? -1 : 1;
        return (a, b) -> {
            if (a == null || b == null) {
                return a == b ? 0 : a == null ? absent : -absent;
            }
            return a instanceof String sa && b instanceof String sb ? DutchOrder.NAMES.compare(sa, sb) : ((Comparable) a).compareTo(b);
        };
    }

    /**
     * The cell as the CSV export writes it: integers without grouping, area with one decimal in the
     * locale's decimal sign, an absent figure and a national region's area empty (never 0), voorloper as the localized yes/no.
     */
    public String csvCell(RegionRow row, Locale locale, Labels labels) {
        Object v = value(row);
        return switch (this) {
            case NAME, SECTORS -> (String) v;
            case AREA -> appliesTo(row) ? NumberText.plainArea(row.areaKm2(), locale) : "";
            case VOORLOPER -> labels.get(row.voorloper() ? "detail.yes" : "detail.no");
            default -> v == null ? "" : Long.toString((Long) v);
        };
    }
}
