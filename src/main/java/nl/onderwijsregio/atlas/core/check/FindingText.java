package nl.onderwijsregio.atlas.core.check;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.onderwijsregio.atlas.core.text.Language;

/**
 * Turns findings into sentences from the {@code i18n/check} bundle. Lives in core because the CLI and CI
 * need the texts without the UI; the UI's {@code Messages} reads the same bundle.
 */
public final class FindingText {

    private static final FindingText NL = new FindingText(Language.DUTCH);
    private static final FindingText EN = new FindingText(Language.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private FindingText(Locale locale) {
        this.locale = locale;
        this.bundle = Language.bundle("check", locale);
    }

    /** English for an English locale, Dutch for everything else. */
    public static FindingText forLocale(Locale locale) {
        return Language.of(locale) == Language.ENGLISH ? EN : NL;
    }

    public Locale locale() {
        return locale;
    }

    public String message(Finding finding) {
        return text(finding.messageKey(), finding.args().toArray());
    }

    /** Any text of the check bundle, e.g. severity and rule names for report headings. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // Shown rather than thrown, so a missing text never hides the finding itself.
            return "!" + key + "! " + java.util.Arrays.toString(args);
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof TextKey k ? text(k.key()) : args[i];
        }
        return new MessageFormat(pattern, locale).format(resolved);
    }

    /** The name of a severity, e.g. "fouten" / "errors", with the count. */
    public String severityCount(Severity severity, long count) {
        return text("check.severity." + severity.name().toLowerCase(Locale.ROOT) + ".count", count);
    }

    /** The short title of a rule, e.g. "Onbekende gemeentecode". */
    public String ruleTitle(String ruleId) {
        return text("check.rule." + ruleId);
    }
}
