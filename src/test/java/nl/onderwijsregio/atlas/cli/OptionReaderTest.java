package nl.onderwijsregio.atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.text.Language;
import org.junit.jupiter.api.Test;

/** Small option mistakes are told rather than quietly read as something else. */
class OptionReaderTest {

    private static final CliText ENGLISH = CliText.forLanguage("en");

    private static AtlasCli.Options read(AtlasCli.Command command, String... words) {
        return new OptionReader(command, ENGLISH).read(List.of(words));
    }

    private static String refusal(AtlasCli.Command command, String... words) {
        return assertThrows(IllegalArgumentException.class, () -> read(command, words)).getMessage();
    }

    @Test
    void aLanguageTheAtlasDoesNotSpeakIsRefusedWithTheOnesItDoes() {
        assertEquals("--lang de is not a language of the atlas; use nl or en (en_US, en-GB, nl_BE and the like too)",
                refusal(new InfoCommand(), "--lang", "de"));
        assertTrue(refusal(new InfoCommand(), "--lang=fr").startsWith("--lang fr is not a language"));
    }

    @Test
    void englishAndDutchAreTakenInTheirUsualSpellings() {
        for (String english : new String[] {"en", "EN", "en_US", "en-GB", "english", "Engels"}) {
            assertEquals(Language.ENGLISH, CliText.of(read(new InfoCommand(), "--lang", english)).locale(), english);
        }
        for (String dutch : new String[] {"nl", "nl_NL", "nl-BE", "nederlands", "Dutch"}) {
            assertEquals(Locale.forLanguageTag("nl"), CliText.of(read(new InfoCommand(), "--lang", dutch)).locale(),
                    dutch);
        }
    }

    @Test
    void anEmptyValueIsAMissingOneExceptAnEmptyTitle() {
        assertEquals("--data needs a value", refusal(new InfoCommand(), "--data="));
        assertEquals("--out needs a value", refusal(new RenderCommand(), "--out", ""));

        AtlasCli.Options untitled = read(new RenderCommand(), "--out", "po.png", "--title=");
        assertEquals("", untitled.value("title").orElseThrow(), "a picture without a title");
    }

    @Test
    void dashHAfterAnOptionWithAValueIsThatValueNotAQuestionForHelp() {
        OptionReader render = new OptionReader(new RenderCommand(), ENGLISH);

        assertFalse(render.asksForHelp(List.of("--out", "h.png", "--title", "-h")));
        assertEquals("-h", read(new RenderCommand(), "--out", "h.png", "--title", "-h").value("title").orElseThrow());
        assertTrue(render.asksForHelp(List.of("--out", "h.png", "-h")));
        assertTrue(render.asksForHelp(List.of("--title", "--help")), "the next option is no value");
    }
}
