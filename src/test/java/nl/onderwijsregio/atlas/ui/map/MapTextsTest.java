package nl.onderwijsregio.atlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * MessageFormat eats a single apostrophe ("regio's" became "regios"): every map text formatted with
 * arguments must keep its apostrophes once formatted.
 */
class MapTextsTest {

    @Test
    void formattedMapTextsKeepTheirApostrophes() throws Exception {
        for (String lang : new String[] {"nl", "en"}) {
            Properties p = new Properties();
            try (var in = new InputStreamReader(
                    MapTextsTest.class.getResourceAsStream("/i18n/map_" + lang + ".properties"),
                    StandardCharsets.UTF_8)) {
                p.load(in);
            }
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                if (!pattern.contains("{0}")) {
                    continue;
                }
                String formatted = new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(new Object[] {"PO", 3});
                assertEquals(pattern.replace("''", "'").chars().filter(c -> c == '\'').count(),
                        formatted.chars().filter(c -> c == '\'').count(), lang + " " + key + ": " + formatted);
            }
        }
    }
}
