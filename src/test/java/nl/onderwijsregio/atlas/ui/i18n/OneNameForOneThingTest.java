package nl.onderwijsregio.atlas.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A reader meets one thing under one name: the stories the publication tells per region are practice examples
 * (praktijkvoorbeelden) in the summary, the detail pane, the Themes tab and the corrections alike, and a key
 * figure reads the same beside the map as on a slide. The table's header may say "Examples" (Voorbeelden),
 * short for a narrow column.
 */
class OneNameForOneThingTest {

    /**
     * Texts that name the stories otherwise, on purpose: the loader's speak of the data file's {@code cases} field,
     * for whoever repairs the file.
     */
    private static final List<String> OTHER_WORDS = List.of("data");

    private static final String SHORT_HEADER = "table.header.cases";

    @Test
    void theStoriesArePracticeExamplesInEnglish() {
        assertEquals(Map.of(), texts(Messages.ENGLISH, Pattern.compile("(?i)\\bcases?\\b|(?<!practice )\\bexamples?\\b")));
    }

    @Test
    void theStoriesArePraktijkvoorbeeldenInDutch() {
        assertEquals(Map.of(), texts(Messages.DUTCH, Pattern.compile("(?i)\\bcasus(sen)?\\b|(?<!praktijk)voorbeeld")));
    }

    @Test
    void aKeyFigureReadsTheSameInTheDetailPaneAndOnSlides() {
        for (Locale language : List.of(Messages.DUTCH, Messages.ENGLISH)) {
            Messages texts = new Messages(language);
            for (KeyFigure f : KeyFigure.values()) {
                assertEquals(texts.text("detail.figure." + f.jsonKey()), texts.text("export.figure." + f.name()),
                        language + ": " + f);
            }
        }
    }

    /** The texts outside {@link #OTHER_WORDS} in which {@code other} finds another name, by key. */
    private static Map<String, String> texts(Locale language, Pattern other) {
        Map<String, String> found = new TreeMap<>();
        for (String area : Messages.BUNDLES) {
            if (OTHER_WORDS.contains(area)) {
                continue;
            }
            ResourceBundle bundle = Language.bundle(area, language);
            for (String key : bundle.keySet()) {
                if (!key.equals(SHORT_HEADER) && other.matcher(bundle.getString(key)).find()) {
                    found.put(key, bundle.getString(key));
                }
            }
        }
        return found;
    }
}
