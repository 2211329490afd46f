package nl.onderwijsregio.atlas.core.model;

import java.util.Objects;

/**
 * A labour-market region (arbeidsmarktregio) of the CBS division, e.g. {@code AM36 Regio Zwolle}. Every
 * municipality lies in exactly one. Education regions are meant to work with them (the publication's
 * theme "Brede arbeidsmarkt"), so the atlas can show how the two divisions meet.
 *
 * @param code CBS code, {@code AM} followed by two digits
 * @param name the name CBS gives it
 */
public record LabourMarketRegion(String code, String name) implements Comparable<LabourMarketRegion> {

    public LabourMarketRegion {
        Objects.requireNonNull(code, "code");
        name = name == null || name.isBlank() ? code : name;
    }

    @Override
    public int compareTo(LabourMarketRegion other) {
        return code.compareTo(other.code);
    }
}
