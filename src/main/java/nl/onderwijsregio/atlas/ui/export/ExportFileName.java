package nl.onderwijsregio.atlas.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.export.ExportFormat;
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

    /**
     * Where a map export typed as {@code typed} goes, and as what. A name ending in a format's extension is that
     * format ("kaart.svg" with PNG chosen is the SVG it names, not "kaart.svg.png"); any other name gets the chosen
     * format's extension.
     */
    public static Target target(Path typed, ExportFormat chosen) {
        String name = typed.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return ExportFormat.parse(dot < 0 ? null : name.substring(dot + 1))
                .map(format -> new Target(typed, format, false))
                .orElseGet(() -> new Target(withExtension(typed, chosen.extension()), chosen, true));
    }

    /**
     * The file an export writes and its format. {@code extensionAdded}: the file dialog, which asks before a
     * typed name replaces a file, never saw this name, so the atlas asks itself.
     */
    public record Target(Path file, ExportFormat format, boolean extensionAdded) {
    }
}
