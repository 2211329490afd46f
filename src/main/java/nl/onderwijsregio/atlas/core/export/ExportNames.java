package nl.onderwijsregio.atlas.core.export;

import java.util.Locale;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.text.Language;
import nl.onderwijsregio.atlas.core.text.Slug;

/**
 * The names of exported files, in one rule: lower-case words joined by hyphens; a region's picture named after the
 * region as its audience knows it (its display name, not its id), with the sector first, so the pictures of one
 * sector sort together, a single export beside a deck's slides ("vo-zwolle-en-omgeving.png",
 * "vo-03-zwolle-en-omgeving.png"); the whole sector after its title ("onderwijsregios-vo.png"); and a size that is
 * not the window's in the name ("onderwijsregios-vo-3840x2160.png"), so the 4K map does not replace the window's.
 * What shows all regions is named in the reader's language, the table as the maps: "onderwijsregios-vo.png" and
 * "onderwijsregios-tabel.csv" in Dutch, "education-regions-vo.png" and "education-regions-table.csv" in English.
 */
public final class ExportNames {

    private ExportNames() {
    }

    /** "onderwijsregios-po", "education-regions-po": all the sector's regions. */
    public static String ofSector(Sector sector, Locale language) {
        return allRegions(language) + "-" + sector(sector);
    }

    /** "onderwijsregios-tabel", "education-regions-table": the table of all regions. */
    public static String ofTable(Locale language) {
        return allRegions(language) + "-" + Language.bundle("export", language).getString("export.fileName.table");
    }

    /** "vo-zwolle-en-omgeving": {@code region} on the sector's map. */
    public static String ofRegion(Sector sector, Region region) {
        return sector(sector) + "-" + Slug.of(region.displayName(), region.id());
    }

    /**
     * "vo-03-zwolle-en-omgeving": slide {@code number} (1-based) of a deck of {@code total}, numbered with as many
     * figures as the last needs, so the files sort in the order of the talk.
     */
    public static String ofSlide(Sector sector, int number, int total, Region region) {
        int digits = String.valueOf(Math.max(total, 1)).length();
        return String.format(Locale.ROOT, "%s-%0" + digits + "d-%s", sector(sector), number,
                Slug.of(region.displayName(), region.id()));
    }

    /** "onderwijsregios-vo-3840x2160": {@code name} with the picture's size. */
    public static String sized(String name, int width, int height) {
        return name + "-" + width + "x" + height;
    }

    /** {@code name} with its file's extension. */
    public static String file(String name, String extension) {
        return name + "." + extension;
    }

    private static String allRegions(Locale language) {
        return Language.bundle("export", language).getString("export.fileName.allRegions");
    }

    private static String sector(Sector sector) {
        return sector.name().toLowerCase(Locale.ROOT);
    }
}
