package nl.onderwijsregio.atlas.core.export;

import nl.onderwijsregio.atlas.core.render.Rgb;

/**
 * One line of an exported legend: a swatch and what it stands for. A swatch with a {@code stripes}
 * colour is striped, as a municipality in several regions is drawn.
 */
public record LegendEntry(Rgb colour, Rgb stripes, String label) {

    public LegendEntry(Rgb colour, String label) {
        this(colour, null, label);
    }
}
