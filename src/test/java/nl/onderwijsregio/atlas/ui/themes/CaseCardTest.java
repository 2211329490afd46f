package nl.onderwijsregio.atlas.ui.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import nl.onderwijsregio.atlas.core.model.AbcsLetter;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A practice example's card names its source when opened, saying the summary above it is ours, and says nothing
 * about a source it does not have.
 */
class CaseCardTest {

    private static final String SUMMARY = "Startende leraren in Kampen krijgen het eerste jaar een mentor van een"
            + " andere school in de regio, zodat ze buiten hun eigen team iemand hebben om op terug te vallen.";

    @BeforeAll
    static void toolkit() throws Exception {
        Messages.use(Messages.DUTCH);
        FxToolkit.registerPrimaryStage();
    }

    /** The card for Kampen's mentor scheme, opened to its whole text. */
    private static CaseCard openedCard(String source) throws Exception {
        CaseStory story = new CaseStory("kampen-mentoren", "Mentoren voor startende leraren", List.of(AbcsLetter.A),
                null, SUMMARY, source);
        return onFx(() -> {
            CaseCard card = new CaseCard(story, id -> id, AbcsLetter::name, null, null);
            card.expandedProperty().set(true);
            return card;
        });
    }

    private static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(call));
    }

    private static List<String> sourceLines(CaseCard card) {
        return card.lookupAll(".case-source").stream().filter(Node::isVisible).map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void anOpenedCaseNamesItsSourceAsTheSourceOfASummaryInOurOwnWords() throws Exception {
        assertEquals(List.of("Samenvatting in eigen woorden · bron: Jaarverslag Onderwijsregio Zwolle 2024"),
                sourceLines(openedCard("Jaarverslag Onderwijsregio Zwolle 2024")));
    }

    @Test
    void inEnglishTheSummaryIsOursToo() throws Exception {
        Messages.use(Messages.ENGLISH);
        try {
            assertEquals(List.of("Summary in our own words · source: Jaarverslag Onderwijsregio Zwolle 2024"),
                    sourceLines(openedCard("Jaarverslag Onderwijsregio Zwolle 2024")));
        } finally {
            Messages.use(Messages.DUTCH);
        }
    }

    /** A screen reader hears which practice example "Lees meer" and "Minder" open and close, not the bare words. */
    @Test
    void lessAndMoreNameKampensMentorSchemeToAScreenReader() throws Exception {
        CaseCard card = openedCard("Jaarverslag Onderwijsregio Zwolle 2024");
        javafx.scene.control.Hyperlink toggle = (javafx.scene.control.Hyperlink) card.lookup(".case-toggle");
        assertEquals("Minder", toggle.getText());
        assertEquals("Minder: Mentoren voor startende leraren", toggle.getAccessibleText());
        onFx(() -> {
            card.expandedProperty().set(false);
            return null;
        });
        assertEquals("Lees meer: Mentoren voor startende leraren", toggle.getAccessibleText());
    }

    @Test
    void anOpenedCaseWithoutASourceHasNoEmptySourceLine() throws Exception {
        assertTrue(sourceLines(openedCard(null)).isEmpty(), "no bare 'Bron: '");
    }
}
