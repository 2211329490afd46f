package nl.onderwijsregio.atlas.core.export;

import nl.onderwijsregio.atlas.core.render.Rgb;

/**
 * One line of an exported legend: a swatch and what it stands for. A swatch with a {@code stripes}
 * colour is striped, as a municipality in several regions is drawn; one with a {@code hatch} colour is
 * cross-hatched in it over {@code colour}, as a gap is drawn; one with a {@code dashes} colour is
 * crossed by a dashed line in it, as a labour-market border is drawn. One without any colour is an
 * empty square: a region of the sector with no territory to colour (a national one). A region on the map has
 * its {@code number} in the numbered key ({@link nl.onderwijsregio.atlas.core.render.SectorLayer#keyNumber}),
 * which marks it on the map where its name does not fit; 0 for a line without one. A region's line carries its
 * {@code regionId}, so the legend on screen, which is drawn from the same lines, can select the region on a click;
 * null for the keys.
 */
public record LegendEntry(Rgb colour, Rgb stripes, Rgb hatch, Rgb dashes, String label, int number, String regionId) {

    public LegendEntry(Rgb colour, String label) {
        this(colour, null, null, null, label, 0, null);
    }

    /** A region on the map: its colour, its name and its number in the key. */
    public static LegendEntry region(String regionId, Rgb colour, String label, int number) {
        return new LegendEntry(colour, null, null, null, label, number, regionId);
    }

    /** The same line without its number, for a map that marks no region with one. */
    public LegendEntry withoutNumber() {
        return new LegendEntry(colour, stripes, hatch, dashes, label, 0, regionId);
    }

    /** A striped swatch in two region colours. */
    public static LegendEntry striped(Rgb colour, Rgb stripes, String label) {
        return new LegendEntry(colour, stripes, null, null, label, 0, null);
    }

    /** A gap's swatch: {@code hatch} lines over {@code land}. */
    public static LegendEntry hatched(Rgb land, Rgb hatch, String label) {
        return new LegendEntry(land, null, hatch, null, label, 0, null);
    }

    /** A region that is not on the map: an empty square before its name. */
    public static LegendEntry unmapped(String regionId, String label) {
        return new LegendEntry(null, null, null, null, label, 0, regionId);
    }

    /** Whether this line names a region the map cannot show (it has no territory). */
    public boolean isUnmapped() {
        return colour == null;
    }

    /** A labour-market border's swatch: a dashed line in {@code ink} across {@code land}. */
    public static LegendEntry dashed(Rgb land, Rgb ink, String label) {
        return new LegendEntry(land, null, null, ink, label, 0, null);
    }
}
