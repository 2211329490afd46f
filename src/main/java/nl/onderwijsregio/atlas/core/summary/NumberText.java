package nl.onderwijsregio.atlas.core.summary;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Figures as people read them: Dutch grouping by default ("70.780"), and an absent figure as the
 * word for "unknown", never as 0.
 */
public final class NumberText {

    private NumberText() {
    }

    public static String integer(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** The figure, or {@code unknown} when it was not published. */
    public static String figure(OptionalLong value, Locale locale, String unknown) {
        return value.isPresent() ? integer(value.getAsLong(), locale) : unknown;
    }

    /** An area in km² with one decimal, e.g. "1.234,5" in Dutch. */
    public static String area(double km2, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(km2);
    }

    /** A number for a CSV cell: no grouping, so spreadsheets read it as a number. */
    public static String plainArea(double km2, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(false);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(km2);
    }
}
