package nl.onderwijsregio.atlas.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import nl.onderwijsregio.atlas.core.text.Language;

/**
 * The command line's own texts: Dutch by default, English with {@code --lang en}, so that one run never
 * mixes the two. The validator's findings keep their own texts ({@code check} bundle) in the same language.
 */
final class CliText {

    private final Locale locale;
    private final ResourceBundle bundle;

    private CliText(Locale locale) {
        this.locale = locale;
        this.bundle = Language.bundle("cli", locale);
    }

    static CliText forLanguage(String tag) {
        return new CliText(language(tag).orElse(Language.DUTCH));
    }

    /**
     * The language {@code --lang} names: English for anything that starts with "en" ({@code en}, {@code en_US},
     * {@code en-GB}, {@code english}, {@code engels}), Dutch likewise for "nl" and for the language's name; empty for
     * any other, which the option refuses rather than quietly answer in Dutch.
     */
    static Optional<Locale> language(String given) {
        String tag = given.strip().toLowerCase(Locale.ROOT);
        if (tag.startsWith("en")) {
            return Optional.of(Language.ENGLISH);
        }
        return tag.startsWith("nl") || tag.equals("nederlands") || tag.equals("dutch") ? Optional.of(Language.DUTCH)
                : Optional.empty();
    }

    static CliText of(AtlasCli.Options options) {
        return forLanguage(options.value("lang").orElse("nl"));
    }

    /** The language asked for anywhere on the line, for messages before the options are read. */
    static CliText fromArguments(List<String> args) {
        return fromArguments(args, Language.DUTCH);
    }

    /** As {@link #fromArguments(List)}, in {@code otherwise} when the line names no language. */
    static CliText fromArguments(List<String> args, Locale otherwise) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--lang=")) {
                return forLanguage(a.substring("--lang=".length()));
            }
            if (a.equals("--lang") && i + 1 < args.size()) {
                return forLanguage(args.get(i + 1));
            }
        }
        return new CliText(Language.of(otherwise));
    }

    Locale locale() {
        return locale;
    }

    /**
     * The text for {@code key}. Formatted also without arguments: every text of the bundle is a MessageFormat
     * pattern, so one without arguments writes its apostrophe doubled too ({@code regio''s}) and must lose it here.
     */
    String t(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
