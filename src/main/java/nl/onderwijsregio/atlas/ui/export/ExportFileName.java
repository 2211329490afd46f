package nl.onderwijsregio.atlas.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.export.ExportNames;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The file names exports offer, by the one rule of {@link ExportNames} ("onderwijsregios-po.geojson",
 * "vo-zwolle-en-omgeving.png"), and the extension a typed name gets.
 */
public final class ExportFileName {

    private ExportFileName() {
    }

    /** "onderwijsregios-po.shp", in English "education-regions-po.shp": all the sector's regions. */
    public static String ofSector(Sector sector, String extension) {
        return ExportNames.file(ExportNames.ofSector(sector, Messages.current().locale()), extension);
    }

    /**
     * {@code file}, with ".extension" added unless its name ends in it already, in whatever case (compared in
     * {@link Locale#ROOT}: in a Turkish locale an I would become a dotless ı).
     */
    public static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension.toLowerCase(Locale.ROOT)) ? file
                : file.resolveSibling(name + "." + extension);
    }
}
