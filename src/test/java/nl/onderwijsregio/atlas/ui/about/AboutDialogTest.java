package nl.onderwijsregio.atlas.ui.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import nl.onderwijsregio.atlas.core.text.Language;
import nl.onderwijsregio.atlas.ui.DialogOwnerTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Help › About names the version, our licence, every library's licence and every data source. */
class AboutDialogTest extends DialogOwnerTest {

    @Test
    void aboutShowsVersionLicencesAndSources(FxRobot robot) {
        robot.interact(() -> new AboutDialog(stage).show());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("1.0.0", AppVersion.get(), "the version comes from the Maven build");
        Label version = robot.lookup("#about-version").queryAs(Label.class);
        assertTrue(version.getText().contains("1.0.0"), version.getText());
        assertTrue(robot.lookup("#about-licence").queryAs(Label.class).getText().contains("GPL-3.0-or-later"));

        String libraries = texts(robot.lookup("#about-libraries").queryAs(GridPane.class));
        for (String expected : new String[] {"Gluon Maps", "GPL-3.0", "H2GIS", "LGPL", "JTS", "EPL", "EDL",
                "Jackson", "Apache-2.0", "OpenJFX", "Classpath-exception-2.0"}) {
            assertTrue(libraries.contains(expected), "libraries mention " + expected + ": " + libraries);
        }
        assertTrue(libraries.contains("DejaVu Sans 2.37 (lettertype van de exports) | Licentie van de Bitstream"
                + " Vera-lettertypen; de wijzigingen van DejaVu zijn publiek domein"),
                "the export font, in the atlas's language: " + libraries);
        String notice = robot.lookup("#about-third-party").queryAs(Label.class).getText();
        assertTrue(notice.endsWith("THIRD-PARTY.md"), "the full list of what the package carries: " + notice);
        assertTrue(java.nio.file.Files.isRegularFile(AboutDialog.thirdPartyNotice()), "and it is there");
        String sources = texts(robot.lookup("#about-sources").queryAs(GridPane.class));
        for (String expected : new String[] {"CBS, Kadaster (via PDOK)", "Gebiedsindelingen 2024 (gegeneraliseerd)",
                "Natural Earth", "Regionale samenwerking werkt"}) {
            assertTrue(sources.contains(expected), "sources mention " + expected + ": " + sources);
        }
        robot.interact(() -> robot.lookup("#about-dialog").queryAs(javafx.scene.control.DialogPane.class)
                .getScene().getWindow().hide());
    }

    @Test
    void theBoundaryCreditUsesTheWordingOfTheStatusBarAndExportsInBothLanguages() {
        for (Locale language : new Locale[] {Language.DUTCH, Locale.ENGLISH}) {
            String about = Language.bundle("settings", language).getString("settings.about.source.cbs");
            String statusBar = Language.bundle("app", language).getString("app.credit");
            assertTrue(statusBar.contains("CBS, Kadaster (via PDOK)"), statusBar);
            assertTrue(about.contains("CBS, Kadaster (via PDOK)"), about);
            assertTrue(about.contains("Gebiedsindelingen 2024"), "the edition stays named: " + about);
        }
    }

    private static String texts(GridPane grid) {
        return grid.getChildren().stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText())
                .collect(Collectors.joining(" | "));
    }
}
