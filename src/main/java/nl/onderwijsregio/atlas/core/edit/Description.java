package nl.onderwijsregio.atlas.core.edit;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A human description of an edit as a message key and its arguments, so that the core stays free of
 * any language: the UI formats it ("Deventer toevoegen aan Oost-Nederland"), the change log in Dutch.
 * An argument may itself be a Description (e.g. the name of a key figure), formatted first.
 */
public record Description(String key, List<Object> args) {

    public Description {
        args = List.copyOf(args);
    }

    public static Description of(String key, Object... args) {
        return new Description(key, Arrays.asList(args));
    }

    /**
     * Formats with {@code format}, which turns a key and already formatted arguments into text
     * (for instance a resource bundle with MessageFormat).
     */
    public String format(Formatter format) {
        Object[] formatted = new Object[args.size()];
        for (int i = 0; i < formatted.length; i++) {
            Object a = args.get(i);
            formatted[i] = a instanceof Description d ? d.format(format) : a;
        }
        return format.format(key, formatted);
    }

    /** Turns a message key and arguments into text. */
    @FunctionalInterface
    public interface Formatter {
        String format(String key, Object[] args);

        static Formatter of(Function<String, String> patterns, java.util.Locale locale) {
            return (key, args) -> args.length == 0 ? patterns.apply(key)
                    : new java.text.MessageFormat(patterns.apply(key), locale).format(args);
        }
    }
}
