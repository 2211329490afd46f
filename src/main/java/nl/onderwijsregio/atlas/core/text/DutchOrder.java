package nl.onderwijsregio.atlas.core.text;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Alphabetical order as a Dutch reader expects it in a list of places: accents and case are secondary
 * (Súdwest-Fryslân among the S's), and the old article of {@code 's-Gravenhage}, {@code 's-Hertogenbosch}
 * or {@code 't Zandt} is passed over, so they stand among the G's, H's and Z's. Java's Dutch collator
 * alone weighs the apostrophe and puts them before "Aa en Hunze".
 */
public final class DutchOrder {

    private static final Pattern ARTICLE = Pattern.compile("^['’‘]([st])[- ]", Pattern.CASE_INSENSITIVE);
    private static final Collator DUTCH = Collator.getInstance(Locale.forLanguageTag("nl"));
    private static final Map<String, CollationKey> KEYS = new ConcurrentHashMap<>();

    /** Names in Dutch alphabetical order. */
    public static final Comparator<String> NAMES = Comparator.comparing(DutchOrder::key);

    private DutchOrder() {
    }

    /**
     * The collation key of {@code name}, remembered: tables and lists sort the same few hundred names
     * again after every edit.
     */
    public static CollationKey key(String name) {
        return KEYS.computeIfAbsent(name == null ? "" : name, n -> {
            String sortable = ARTICLE.matcher(n).replaceFirst("");
            synchronized (DUTCH) {
                return DUTCH.getCollationKey(sortable);
            }
        });
    }
}
