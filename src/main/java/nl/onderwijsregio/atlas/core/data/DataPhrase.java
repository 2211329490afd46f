package nl.onderwijsregio.atlas.core.data;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.onderwijsregio.atlas.core.text.Language;

/**
 * One text of the {@code i18n/data} bundle with its arguments, kept unrendered so the same problem can be
 * told in Dutch to the user and in English to the log.
 */
public record DataPhrase(DataText text, List<Object> args) implements Serializable {


    public DataPhrase {
        // Kept as phrases or text: a phrase holds no live sets or paths and stays serializable, and line numbers,
        // byte offsets and codes are looked up rather than read as amounts, so they stay plain digits (no "1.234").
        // Not List.copyOf: a broken file can make an argument null, and the message must still be told.
        List<Object> kept = new ArrayList<>(args.size());
        for (Object a : args) {
            kept.add(a == null || a instanceof DataPhrase ? a : a.toString());
        }
        args = Collections.unmodifiableList(kept);
    }

    /** The phrase in English for an English locale, in Dutch for every other. */
    public String in(Locale locale) {
        Locale language = Language.of(locale);
        ResourceBundle bundle = Language.bundle("data", language);
        String pattern;
        try {
            pattern = bundle.getString(text.key());
        } catch (MissingResourceException e) {
            // Shown rather than thrown: a missing text must never hide the problem it describes.
            return "!" + text.key() + "! " + args;
        }
        Object[] resolved = new Object[args.size()];
        for (int i = 0; i < resolved.length; i++) {
            resolved[i] = args.get(i) instanceof DataPhrase p ? p.in(language) : args.get(i);
        }
        return new MessageFormat(pattern, language).format(resolved);
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
