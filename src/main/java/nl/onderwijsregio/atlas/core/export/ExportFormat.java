package nl.onderwijsregio.atlas.core.export;

import java.util.Locale;
import java.util.Optional;

/** The picture formats the atlas writes. */
public enum ExportFormat {
    PNG("png"),
    SVG("svg"),
    PDF("pdf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ExportFormat> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(t)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
