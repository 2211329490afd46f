package nl.onderwijsregio.atlas.ui.editor;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import nl.onderwijsregio.atlas.core.model.AbcsLetter;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.core.model.LocalizedText;
import nl.onderwijsregio.atlas.core.model.Theme;
import nl.onderwijsregio.atlas.ui.DialogButtons;
import nl.onderwijsregio.atlas.ui.LaptopWindow;
import nl.onderwijsregio.atlas.ui.TextSize;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The dialog in which an editor writes a region's case. */
@ExtendWith(ApplicationExtension.class)
class CaseDialogTest {

    private static final Theme BEHOUD = new Theme("behoud", new LocalizedText("Behoud", "Retention"), null);

    /**
     * At Extra groot on a laptop the dialog was centred at the width it had in normal type and then grew to the right,
     * 978 pixels wide, its OK past the screen's edge. Narrowed to fit, it must still name its fields whole.
     */
    @Test
    void atExtraLargeOnALaptopOostNederlandsCaseOpensWhollyOnTheScreen(FxRobot robot) throws Exception {
        Messages.use(Messages.DUTCH);
        CaseStory story = new CaseStory("oost-nederland-behoud", "Oost-Nederland onderzoekt wat leraren in het vak houdt",
                List.of(AbcsLetter.B, AbcsLetter.S), "behoud",
                "De regio liet uitzoeken waarom leraren in het basisonderwijs blijven en wat hen helpt gezond door te "
                        + "werken: minder werkdruk alleen is het niet, ook ruimte voor vakmanschap en collega's tellen.",
                "Regionale samenwerking werkt, themapagina Behoud (case Oost-Nederland)");
        try (LaptopWindow laptop = LaptopWindow.at(TextSize.EXTRA_LARGE)) {
            AtomicReference<CaseDialog> opened = new AtomicReference<>();
            robot.interact(() -> {
                CaseDialog dialog = new CaseDialog(story, "oost-nederland", List.of(BEHOUD));
                dialog.initOwner(laptop.stage());
                opened.set(dialog);
                dialog.show();
            });
            CaseDialog dialog = opened.get();
            try {
                LaptopWindow.assertWithinScreen(dialog.getDialogPane().getScene().getWindow(), "the case dialog");
                Node ok = dialog.getDialogPane().lookupButton(DialogButtons.ok());
                LaptopWindow.assertWithinScreen(ok, "its OK");
                LaptopWindow.assertNothingShortened(dialog.getDialogPane(), "its field names at the width it fits in");
            } finally {
                robot.interact(dialog::close);
            }
        }
    }
}
