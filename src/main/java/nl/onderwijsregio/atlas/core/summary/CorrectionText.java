package nl.onderwijsregio.atlas.core.summary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Scope;

/**
 * A recorded correction worded for the reader. The data keeps values as the program wrote them
 * ({@code true}, {@code NATIONAL}, case ids); a reader should see "ja", "landelijk" or "2 praktijkvoorbeelden".
 */
public final class CorrectionText {

    /** The fields the program writes corrections for, each with a name of its own in the texts. */
    private static final Set<String> NAMED_FIELDS =
            Set.of("sectors", "scope", "territory", "voorloper", "name", "keyFigures", "cases");

    private final Locale locale;
    private final Labels labels;

    public CorrectionText(Locale locale, Labels labels) {
        this.locale = locale;
        this.labels = labels;
    }

    /** What was printed, what we chose, and why. */
    public String of(Correction c) {
        String field = field(c);
        if (c.published() == null || c.value() == null) {
            return labels.get("detail.correction.reasonOnly", field, reason(c));
        }
        return labels.get("detail.correction.full", field, value(c, c.published()), value(c, c.value()), reason(c));
    }

    /** The lines for one figure's tile: only the corrections of that figure. */
    public String forFigure(List<Correction> corrections, KeyFigure figure) {
        return corrections.stream().filter(c -> c.figure().filter(figure::equals).isPresent())
                .map(c -> "\n" + (c.published() == null || c.value() == null
                        ? labels.get("detail.figure.correction", reason(c))
                        : labels.get("detail.figure.correction.values", value(c, c.published()), value(c, c.value()),
                                reason(c))))
                .collect(Collectors.joining());
    }

    private String reason(Correction c) {
        return DataNote.of(c.reason(), locale, labels);
    }

    private String field(Correction c) {
        if (c.figure().isPresent()) {
            return labels.get("detail.figure." + c.figure().get().jsonKey());
        }
        if (c.field().startsWith("cases.")) {
            return labels.get("detail.correction.field.case");
        }
        // A field written by a newer or hand-edited file is still worth showing, if only by its own name.
        return NAMED_FIELDS.contains(c.field()) ? labels.get("detail.correction.field." + c.field()) : c.field();
    }

    /** Only values in the form the program writes are worded; anything typed by a person is shown as typed. */
    private String value(Correction c, String raw) {
        if (c.figure().isPresent()) {
            return raw.isBlank() ? labels.get("detail.unknown")
                    : raw.matches("\\d{1,18}") ? NumberText.integer(Long.parseLong(raw), locale) : raw;
        }
        return switch (c.field()) {
            case "voorloper" -> "true".equals(raw) ? labels.get("detail.yes")
                    : "false".equals(raw) ? labels.get("detail.no") : raw;
            case "scope" -> Arrays.stream(Scope.values()).map(Enum::name).anyMatch(raw::equals)
                    ? labels.get("detail.correction.scope." + raw.toLowerCase(Locale.ROOT)) : raw;
            case "sectors" -> raw.replace(",", ", ");
            case "cases" -> labels.get("detail.correction.cases",
                    Arrays.stream(raw.split(",")).filter(id -> !id.isBlank()).count());
            default -> raw;
        };
    }
}
