package nl.onderwijsregio.atlas.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.model.Sector;

/**
 * The file names exports offer, in one convention: words joined by hyphens, the sector last, all in lower case
 * ("onderwijsregios-po.geojson", "zwolle-en-omgeving-vo.png"). Lower-cased in {@link Locale#ROOT}: in a Turkish
 * locale an I would become a dotless ı.
 */
public final class ExportFileName {

    private static final String ALL_REGIONS = "onderwijsregios";

    private ExportFileName() {
    }

    /** "onderwijsregios-po.shp": all the sector's regions. */
    public static String ofSector(Sector sector, String extension) {
        return of(ALL_REGIONS, sector, extension);
    }

    /** "zwolle-en-omgeving-vo.png": {@code subject} (a region id, say) on the sector's map. */
    public static String of(String subject, Sector sector, String extension) {
        return subject + "-" + sector.name().toLowerCase(Locale.ROOT) + "." + extension;
    }

    /** {@code file}, with ".extension" added unless its name ends in it already, in whatever case. */
    public static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension.toLowerCase(Locale.ROOT)) ? file
                : file.resolveSibling(name + "." + extension);
    }
}
