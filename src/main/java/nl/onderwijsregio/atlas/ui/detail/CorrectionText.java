package nl.onderwijsregio.atlas.ui.detail;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.summary.NumberText;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * A recorded correction worded for the reader. The data keeps values as the program wrote them
 * ({@code true}, {@code NATIONAL}, case ids); a reader should see "ja", "landelijk" or "2 casussen".
 */
final class CorrectionText {

    private CorrectionText() {
    }

    /** What was printed, what we chose, and why. */
    static String of(Correction c) {
        String field = field(c);
        if (c.published() == null || c.value() == null) {
            return Messages.t("detail.correction.reasonOnly", field, c.reason());
        }
        return Messages.t("detail.correction.full", field, value(c, c.published()), value(c, c.value()), c.reason());
    }

    /** The lines for one figure's tile: only the corrections of that figure. */
    static String forFigure(List<Correction> corrections, KeyFigure figure) {
        return corrections.stream().filter(c -> c.figure().filter(figure::equals).isPresent())
                .map(c -> "\n" + (c.published() == null || c.value() == null
                        ? Messages.t("detail.figure.correction", c.reason())
                        : Messages.t("detail.figure.correction.values", value(c, c.published()), value(c, c.value()),
                                c.reason())))
                .collect(Collectors.joining());
    }

    private static String field(Correction c) {
        if (c.figure().isPresent()) {
            return Messages.t("detail.figure." + c.figure().get().jsonKey());
        }
        if (c.field().startsWith("cases.")) {
            return Messages.t("detail.correction.field.case");
        }
        String key = "detail.correction.field." + c.field();
        // A field written by a newer or hand-edited file is still worth showing, if only by its own name.
        return Messages.current().has(key) ? Messages.t(key) : c.field();
    }

    /** Only values in the form the program writes are worded; anything typed by a person is shown as typed. */
    private static String value(Correction c, String raw) {
        if (c.figure().isPresent()) {
            return raw.isBlank() ? Messages.t("detail.unknown")
                    : raw.matches("\\d{1,18}") ? NumberText.integer(Long.parseLong(raw), locale()) : raw;
        }
        return switch (c.field()) {
            case "voorloper" -> "true".equals(raw) ? Messages.t("detail.yes")
                    : "false".equals(raw) ? Messages.t("detail.no") : raw;
            case "scope" -> Arrays.stream(Scope.values()).map(Enum::name).anyMatch(raw::equals)
                    ? Messages.t("detail.correction.scope." + raw.toLowerCase(Locale.ROOT)) : raw;
            case "sectors" -> raw.replace(",", ", ");
            case "cases" -> Messages.t("detail.correction.cases",
                    Arrays.stream(raw.split(",")).filter(id -> !id.isBlank()).count());
            default -> raw;
        };
    }

    private static Locale locale() {
        return Messages.current().locale();
    }
}
