package nl.onderwijsregio.atlas.core.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A name as lower-case words joined by hyphens, accents dropped: "Zeeuwse Onderwijsregio" → "zeeuwse-onderwijsregio",
 * "Fryslân" → "fryslan". The rule a new region's id is made by (the editor), so a file named after a region reads like
 * its id. Lower-cased in {@link Locale#ROOT}: in a Turkish locale an I would become a dotless ı.
 */
public final class Slug {

    private Slug() {
    }

    /** {@code name} as a slug; {@code fallback} when nothing of it is left (a name of only signs). */
    public static String of(String name, String fallback) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? fallback : s;
    }
}
