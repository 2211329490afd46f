package nl.onderwijsregio.atlas.core.export;

import nl.onderwijsregio.atlas.core.render.Rgb;

/**
 * One line of an exported legend: a swatch and what it stands for. A swatch with a {@code stripes}
 * colour is striped, as a municipality in several regions is drawn; one with a {@code hatch} colour is
 * cross-hatched in it over {@code colour}, as a gap is drawn; one with a {@code dashes} colour is
 * crossed by a dashed line in it, as a labour-market border is drawn. One without any colour is an
 * empty square: a region of the sector with no territory to colour (a national one).
 */
public record LegendEntry(Rgb colour, Rgb stripes, Rgb hatch, Rgb dashes, String label) {

    public LegendEntry(Rgb colour, String label) {
        this(colour, null, null, null, label);
    }

    /** A striped swatch in two region colours. */
    public static LegendEntry striped(Rgb colour, Rgb stripes, String label) {
        return new LegendEntry(colour, stripes, null, null, label);
    }

    /** A gap's swatch: {@code hatch} lines over {@code land}. */
    public static LegendEntry hatched(Rgb land, Rgb hatch, String label) {
        return new LegendEntry(land, null, hatch, null, label);
    }

    /** A region that is not on the map: an empty square before its name. */
    public static LegendEntry unmapped(String label) {
        return new LegendEntry(null, null, null, null, label);
    }

    /** A labour-market border's swatch: a dashed line in {@code ink} across {@code land}. */
    public static LegendEntry dashed(Rgb land, Rgb ink, String label) {
        return new LegendEntry(land, null, null, ink, label);
    }
}
