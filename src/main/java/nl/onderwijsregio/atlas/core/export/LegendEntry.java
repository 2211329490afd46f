package nl.onderwijsregio.atlas.core.export;

import nl.onderwijsregio.atlas.core.render.Rgb;

/** One line of an exported legend: a colour swatch and what it stands for. */
public record LegendEntry(Rgb colour, String label) {
}
