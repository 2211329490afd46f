package nl.onderwijsregio.atlas.core.summary;

import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.model.Sector;

/**
 * One municipality of a region's verzorgingsgebied as the detail pane lists it.
 *
 * @param code          CBS code, or null when the published name was never resolved
 * @param name          CBS name, or the published name when the code is unknown in this edition
 * @param province      province, empty when unknown
 * @param publishedName the name as printed, when it differs from {@code name} or when a correction is about that
 *                      printed name (the municipality Groningen, printed "Groningen" for its whole province); else null
 * @param correction    the recorded reason for the resolution, or null
 * @param overlapCount  how many other regions cover it in a sector this region serves, each region once
 *                      (even when it meets this one in two sectors)
 * @param areaKm2       the municipality's area; 0 when unknown
 * @param othersBySector per sector this region serves, the other regions of that sector covering it (display
 *                      names, data order); sectors without any are left out
 */
public record MemberFact(String code, String name, String province, String publishedName, String correction,
                         int overlapCount, double areaKm2, Map<Sector, List<String>> othersBySector) {

    public MemberFact {
        othersBySector = othersBySector == null ? Map.of() : Map.copyOf(othersBySector);
    }

    /** Whether the published name differs from the CBS name, so the pane must show both. */
    public boolean publishedDiffers() {
        return publishedName != null && !publishedName.equals(name);
    }

    /**
     * Whether a copy must say how the source printed it: under another name, or under a name a correction
     * resolved to more than this member. A copy that left the municipality Groningen out of „Groningen” → … named
     * nine of the province's ten.
     */
    public boolean printedInRecord() {
        return publishedName != null;
    }
}
