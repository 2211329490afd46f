package nl.onderwijsregio.atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Alert;
import javafx.scene.input.Clipboard;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.data.DataText;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** An error names file and place, and "copy details" copies everything a colleague needs without closing. */
class ErrorDialogTest extends DialogOwnerTest {

    @Test
    void aBrokenRegionsFileIsNamedWithItsPlaceAndTheDetailsCanBeCopied(FxRobot robot) {
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        Exception error = brokenRegionsFile();
        AtomicReference<Alert> shown = new AtomicReference<>();
        robot.interact(() -> {
            Alert alert = ErrorDialog.create(stage, "Het bestand kon niet worden geopend.", error);
            shown.set(alert);
            alert.show();
        });
        Alert alert = shown.get();
        assertEquals("onderwijsregios.json, regel 12, kolom 5: ongeldige JSON: onverwacht einde van het bestand",
                alert.getContentText());

        robot.clickOn("#copy-details");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(alert.isShowing(), "copying leaves the dialog open");
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertTrue(copied.get().contains("regel 12, kolom 5"), copied.get());
        assertTrue(copied.get().contains("line 12, column 5"), "the stack trace stays English: " + copied.get());
        assertTrue(copied.get().contains("Onderwijsregio Atlas 1.0.0"), copied.get());
        assertTrue(copied.get().contains("DataLoadException"), "with the stack trace");
        robot.interact(alert::close);
    }

    @Test
    void aBrokenRegionsFileIsToldInEnglishWhenTheAtlasSpeaksEnglish() {
        try {
            nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.ENGLISH);
            assertEquals("onderwijsregios.json, line 12, column 5: malformed JSON: unexpected end of file",
                    ErrorDialog.summary(brokenRegionsFile()));
        } finally {
            nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        }
    }

    @Test
    void aStartupErrorAboutAFileDeepInASharedFolderWrapsWithinTheScreenWithItsCloseButtonInView(FxRobot robot) {
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        Path moved = Path.of("/home/anne/Documenten/Onderwijsregio's/gedeelde-map-van-het-samenwerkingsverband-"
                + "zuid-oost/archief/2026/onderwijsregios-definitief-na-overleg-met-de-gemeenten.json");
        AtomicReference<Alert> shown = new AtomicReference<>();
        robot.interact(() -> {
            shown.set(ErrorDialog.create(stage, nl.onderwijsregio.atlas.ui.i18n.Messages.t("settings.open.startupFailed"),
                    new DataLoadException(moved, null, DataText.FILE_NOT_FOUND.with())));
            shown.get().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane pane = shown.get().getDialogPane();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();

        assertTrue(shown.get().getX() >= screen.getMinX() && shown.get().getX() + shown.get().getWidth() <= screen.getMaxX(),
                "within the " + screen.getWidth() + " px of the screen: " + shown.get().getX() + " + " + shown.get().getWidth());
        assertTrue(shown.get().getWidth() <= DialogFit.READING_WIDTH, "a width that reads: " + shown.get().getWidth());
        for (String part : List.of(".header-panel .label", ".content.label")) {
            javafx.scene.control.Label words = (javafx.scene.control.Label) pane.lookup(part);
            assertEquals(words.getText(), ((javafx.scene.text.Text) words.lookup(".text")).getText(),
                    part + " is wrapped, not cut to '…'");
        }
        javafx.geometry.Bounds close = pane.lookupButton(DialogButtons.close()).localToScene(
                pane.lookupButton(DialogButtons.close()).getLayoutBounds());
        assertTrue(close.getMaxX() <= pane.getScene().getWidth() && close.getMaxY() <= pane.getScene().getHeight(),
                "Sluiten in view: " + close + " in " + pane.getScene().getWidth() + " x " + pane.getScene().getHeight());

        robot.interact(() -> pane.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown.get().getWidth() <= DialogFit.READING_WIDTH, "its details do not widen it past that either");
        robot.interact(shown.get()::close);
    }

    @Test
    void onAScreenNarrowerThanALineThatReadsADialogKeepsItsMargins() {
        assertEquals(640 - 2 * DialogFit.MARGIN, DialogFit.width(1756, 640), "as wide as the screen allows");
        assertEquals(DialogFit.READING_WIDTH, DialogFit.width(1756, 1600), "on a wide screen, a line that reads");
        assertEquals(420, DialogFit.width(420, 1600), "a dialog that reads already stays as it is");
        assertEquals(847, DialogFit.width(900, 847, 1600), "no narrower than its buttons need whole");
        assertEquals(640 - 2 * DialogFit.MARGIN, DialogFit.width(900, 847, 640), "nor wider than the screen");
    }

    private static Exception brokenRegionsFile() {
        return new RuntimeException("loading failed", new DataLoadException(Path.of("onderwijsregios.json"),
                DataText.AT_LINE_COLUMN.with(12, 5), DataText.JSON_MALFORMED.with(DataText.UNEXPECTED_END.with())));
    }

    @Test
    void anUnexpectedErrorInAnEventHandlerIsShownInTheAtlasLanguageAndTheAppCarriesOn(FxRobot robot) {
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        robot.interact(() -> ErrorDialog.installDefaultHandler(stage));
        javafx.scene.control.Button broken = new javafx.scene.control.Button();
        broken.setOnAction(e -> {
            throw new IllegalStateException("kapot");
        });
        javafx.application.Platform.runLater(broken::fire);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane pane = robot.lookup("#error-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(pane.getContentText().startsWith("Wat u net deed, is misschien niet afgemaakt"), pane.getContentText());
        assertTrue(((javafx.scene.control.TextArea) pane.getExpandableContent().lookup(".text-area")).getText()
                .contains("IllegalStateException: kapot"), "the programmer's message stays in the details");
        robot.interact(() -> pane.getScene().getWindow().hide());
        assertTrue(stage.isShowing(), "the main window is still there");
    }

    @Test
    void escapeClosesTheErrorDialogAsItsWindowsOwnCloseButtonDoes(FxRobot robot) {
        AtomicReference<Alert> shown = new AtomicReference<>();
        robot.interact(() -> {
            shown.set(ErrorDialog.create(stage, "Opslaan mislukt.", new java.io.IOException("schijf vol")));
            shown.get().show();
        });
        robot.interact(() -> shown.get().getDialogPane().getScene().getWindow().requestFocus());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!shown.get().isShowing(), "a dialog of two buttons closes only when one of them cancels");
    }

    @Test
    void itsButtonsSpeakTheAtlasLanguageWhateverTheJvmLocale(FxRobot robot) {
        java.util.Locale jvm = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);
            nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
            AtomicReference<java.util.List<String>> texts = new AtomicReference<>();
            robot.interact(() -> {
                Alert alert = ErrorDialog.create(stage, "Opslaan mislukt.", new java.io.IOException("schijf vol"));
                assertTrue(alert.getButtonTypes().stream().noneMatch(b -> b == javafx.scene.control.ButtonType.CLOSE),
                        "not JavaFX's own Close, which follows the JVM locale");
                texts.set(alert.getButtonTypes().stream().map(javafx.scene.control.ButtonType::getText).toList());
            });
            assertTrue(texts.get().contains(DialogButtons.close().getText()), texts.get().toString());

            AtomicReference<String> close = new AtomicReference<>();
            robot.interact(() -> close.set(new nl.onderwijsregio.atlas.ui.about.AboutDialog(null)
                    .getDialogPane().getButtonTypes().get(0).getText()));
            assertEquals("Sluiten", close.get());

            nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.ENGLISH);
            robot.interact(() -> close.set(new nl.onderwijsregio.atlas.ui.about.AboutDialog(null)
                    .getDialogPane().getButtonTypes().get(0).getText()));
            assertEquals("Close", close.get());
            assertEquals("Cancel", DialogButtons.cancel().getText());
            nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
            assertEquals("Annuleren", DialogButtons.cancel().getText());
        } finally {
            java.util.Locale.setDefault(jvm);
            nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        }
    }

    @Test
    void itsDetailsLinkSpeaksTheAtlasLanguageOpenedOrClosed(FxRobot robot) {
        java.util.Locale jvm = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);
            nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
            AtomicReference<Alert> shown = new AtomicReference<>();
            robot.interact(() -> {
                shown.set(ErrorDialog.create(stage, "Opslaan mislukt.", new java.io.IOException("schijf vol")));
                shown.get().show();
            });
            javafx.scene.control.Hyperlink details = robot.lookup(".details-button")
                    .queryAs(javafx.scene.control.Hyperlink.class);
            assertEquals("Details tonen", details.getText(), "not JavaFX's English 'Show Details'");

            robot.clickOn(details);

            assertTrue(shown.get().getDialogPane().isExpanded());
            assertEquals("Details verbergen", details.getText());
            robot.interact(shown.get()::close);
        } finally {
            java.util.Locale.setDefault(jvm);
        }
    }

    @Test
    void tabGoesFromCopyDetailsToShowDetailsAndSpaceOpensThem(FxRobot robot) {
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        AtomicReference<Alert> shown = new AtomicReference<>();
        robot.interact(() -> {
            shown.set(ErrorDialog.create(stage, "Het bestand kon niet worden geopend.", brokenRegionsFile()));
            shown.get().show();
        });
        javafx.scene.control.DialogPane pane = shown.get().getDialogPane();
        robot.interact(() -> {
            pane.getScene().getWindow().requestFocus();
            pane.lookup("#copy-details").requestFocus();
        });
        javafx.scene.Node message = pane.lookup(".content");
        double lines = message.getLayoutBounds().getHeight();
        robot.push(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(lines, message.getLayoutBounds().getHeight(), "the message keeps its lines as the focus moves");
        javafx.scene.Node focused = pane.getScene().getFocusOwner();
        assertTrue(focused instanceof javafx.scene.control.Hyperlink, "Tab reaches Details tonen, not " + focused);
        javafx.scene.layout.Border mark = ((javafx.scene.control.Hyperlink) focused).getBorder();
        assertTrue(mark != null && mark.getStrokes().get(0).getTopStroke() instanceof javafx.scene.paint.Color c
                && c.getOpacity() == 1, "and shows it has the focus: " + mark);

        robot.push(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pane.isExpanded(), "Space opens the details");
        robot.interact(shown.get()::close);
    }
}
