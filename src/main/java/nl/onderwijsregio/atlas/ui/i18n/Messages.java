package nl.onderwijsregio.atlas.ui.i18n;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.onderwijsregio.atlas.core.text.Language;

/**
 * Every text a view shows comes from here. Dutch by default, English on request.
 *
 * <p>Texts live in one bundle per area ({@code i18n/app}, {@code i18n/map}, ...), so that work on one
 * area does not touch the others' files. A test keeps the Dutch and English bundles in step.
 */
public final class Messages {

    /** Set by the test run: a missing text fails the test that showed it instead of reading "!key!". */
    private static final boolean STRICT = Boolean.getBoolean("atlas.messages.strict");

    /** The bundle areas, in lookup order. A missing area is skipped. */
    public static final List<String> BUNDLES = List.of(
            "app", "map", "detail", "table", "themes", "editor", "presenter", "export", "settings", "check", "data");

    public static final Locale DUTCH = Language.DUTCH;
    public static final Locale ENGLISH = Language.ENGLISH;

    private static volatile Messages current = new Messages(DUTCH);

    private final Locale locale;
    private final List<ResourceBundle> bundles = new ArrayList<>();

    public Messages(Locale locale) {
        this.locale = Language.of(locale);
        for (String area : BUNDLES) {
            try {
                bundles.add(Language.bundle(area, this.locale));
            } catch (MissingResourceException e) {
                // an area without texts yet
            }
        }
    }

    public static Messages current() {
        return current;
    }

    public static void use(Locale locale) {
        current = new Messages(locale);
    }

    /** Shorthand for {@code current().text(key, args)}. */
    public static String t(String key, Object... args) {
        return current.text(key, args);
    }

    /**
     * A menu's text as plain words: "_Regiobestand openen…" also titles the file chooser it opens, where the
     * underscore that marks the menu's Alt key would show. A doubled underscore is a written one, as in menus.
     */
    public static String withoutMnemonic(String text) {
        return text.replaceAll("_(.)", "$1");
    }

    public Locale locale() {
        return locale;
    }

    /**
     * A moment as the reader's language writes it, with the month as a word ("6 dec. 2026 11:22",
     * "6 Dec 2026 11:22"): 6-12-2026 reads as June the 12th to many English readers.
     */
    public String dateTime(Instant moment) {
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale).withZone(ZoneId.systemDefault()).format(moment);
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /** The text for {@code key}, formatted with {@link MessageFormat} when arguments are given. */
    public String text(String key, Object... args) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                String pattern = b.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        // The tests ask for strictness: a key built at run time ("presenter.themeTour" + ".last") escapes the scan
        // for literal keys, and a screen showing "!key!" would otherwise pass unless a test read that very text.
        if (STRICT) {
            throw new IllegalStateException("no text in " + locale + " for the key " + key);
        }
        // Visible in the UI on purpose, so a missing key is noticed rather than hidden.
        return "!" + key + "!";
    }
}
