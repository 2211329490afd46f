package nl.onderwijsregio.atlas.ui.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.control.Label;
import nl.onderwijsregio.atlas.ui.detail.DetailFixture;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * ABC&amp;S are the initials of Aantrekken, Behouden, Continuïteit and Samenwerken: an English reader, who sees
 * "B Retain" and "S Cooperation", is told so; a Dutch reader reads the letters in the names and is told nothing more.
 */
class AbcsInitialsTest extends FxRobot {

    @AfterEach
    void dutchAgain() {
        Messages.use(Messages.DUTCH);
    }

    @Test
    void anEnglishReaderIsToldTheLettersAreTheInitialsOfTheDutchWords() throws Exception {
        Label initials = themesTabIn(Messages.ENGLISH);

        assertTrue(initials.isVisible());
        assertEquals("ABC&S are the initials of the Dutch words: Aantrekken (attract), Behouden (retain),"
                + " Continuïteit (continuity) and Samenwerken (cooperation).", initials.getText());
    }

    @Test
    void aDutchReaderIsToldNothingMore() throws Exception {
        Label initials = themesTabIn(Messages.DUTCH);

        assertFalse(initials.isVisible());
        assertFalse(initials.isManaged(), "and it takes no room");
    }

    private Label themesTabIn(Locale language) throws Exception {
        Messages.use(language);
        DetailFixture fx = DetailFixture.start();
        DetailFixture.run(() -> fx.feature.tabs().getSelectionModel().select(1));
        return lookup("#abcs-initials").queryAs(Label.class);
    }
}
