package nl.onderwijsregio.atlas.core.summary;

/**
 * One municipality of a region's verzorgingsgebied as the detail pane lists it.
 *
 * @param code          CBS code, or null when the published name was never resolved
 * @param name          CBS name, or the published name when the code is unknown in this edition
 * @param province      province, empty when unknown
 * @param publishedName the name as printed, only when it differs from {@code name}; else null
 * @param correction    the recorded reason for the resolution, or null
 * @param overlapCount  how many other regions sharing a sector with this region also cover it
 * @param areaKm2       the municipality's area; 0 when unknown
 */
public record MemberFact(String code, String name, String province, String publishedName, String correction,
                         int overlapCount, double areaKm2) {

    /** Whether the published name differs from the CBS name, so the pane must show both. */
    public boolean publishedDiffers() {
        return publishedName != null;
    }
}
