package nl.onderwijsregio.atlas.core.export;

import java.util.List;

/** A caption box on an exported picture: a heading (e.g. the spotlighted region) and a few lines below. */
public record Caption(String heading, List<String> lines) {

    public Caption {
        lines = List.copyOf(lines);
    }
}
