package nl.onderwijsregio.atlas.ui.editor;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.ALKMAAR;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.AMERSFOORT;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.ARNHEM;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.BERGEN_L;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.BERGEN_NH;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.HENGELO;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.NUENEN;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.RAALTE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.UTRECHT;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.VENLO;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.ZWOLLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import nl.onderwijsregio.atlas.core.edit.PasteListResolver;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Basemap;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.locationtech.jts.io.WKTReader;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Membership by pasted list in a real main window: resolved, shown, and applied only on confirm. */
class PasteListFeatureTest extends EditorInAWindow {

    @Test
    void aPastedListIsResolvedShownAndAppliedOnlyOnConfirm() throws Exception {
        editRegion("noord-limburg");
        openPasteDialog();
        interact(() -> lookup("#paste-input").queryTextInputControl()
                .setText("Neunen, Gewen en Nederwetten\nHengelo\nBergen\nAArnhem"));
        clickOn("#paste-resolve");
        PasteListModel list = feature.pane().lastPasteDialog().model();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.rows().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> chosen = new ArrayList<>();
        list.rows().forEach(r -> chosen.add(r.choiceProperty().get().codes().get(0)));
        assertEquals(List.of(NUENEN, HENGELO, BERGEN_L, ARNHEM), chosen);
        PasteListModel.Row bergen = list.rows().get(2);
        assertTrue(bergen.choices().stream().anyMatch(c -> c.codes().contains(BERGEN_NH)), "the other Bergen is offered");
        assertTrue(list.rows().get(3).confidenceText().endsWith("%"));
        assertFalse(state.atlas().region("noord-limburg").orElseThrow().hasMember(NUENEN), "nothing applied yet");
        var nuenenLine = lookup("#paste-table .table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "Neunen, Gewen en Nederwetten".equals(c.getText())).queryLabeled();
        assertEquals("Neunen, Gewen en Nederwetten", nuenenLine.getTooltip().getText(), "a cut line is whole on hover");

        clickOn("#paste-apply");
        Region r = state.atlas().region("noord-limburg").orElseThrow();
        assertEquals(Set.of(VENLO, NUENEN, HENGELO, BERGEN_L, ARNHEM), r.memberCodes());
        assertEquals("Ongedaan maken: Nuenen, Gerwen en Nederwetten, Hengelo (O.), Bergen (L.) en Arnhem toevoegen aan"
                + " Noord-Limburg", menuItem("menu-undo").getText());
    }

    @Test
    void pasteOpensAtOnceWhileTheResolverIsStillBeingBuiltAndRecognisesOnceItIsReady() throws Exception {
        editRegion("noord-limburg");
        CompletableFuture<PasteListResolver> stillBuilding = new CompletableFuture<>();
        RegionEditorPane pane = interactAndGet(() -> new RegionEditorPane(state, model(), () -> stillBuilding));
        try {
            Platform.runLater(pane::pasteList);
            // Waited for on the FX thread, the resolver would hold the dialog back, and every window with it.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.lastPasteDialog() != null);
            WaitForAsyncUtils.waitForFxEvents();
            PasteListModel list = pane.lastPasteDialog().model();
            interact(() -> lookup("#paste-input").queryTextInputControl().setText("Deventer"));
            clickOn("#paste-resolve");
            assertEquals(Messages.t("editor.paste.busy"), lookup("#paste-summary").queryLabeled().getText());

            List<Municipality> all = List.copyOf(state.atlas().municipalities().values());
            stillBuilding.complete(new PasteListResolver(all, MunicipalityGraph.of(all)));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.rows().size() == 1);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(DEVENTER), list.acceptedCodes());
        } finally {
            // Frees a thread that waits for it should the test fail.
            stillBuilding.complete(null);
        }
    }

    @Test
    void aListPastedAfterLoadingANewerMunicipalityEditionResolvesInThatEdition() throws Exception {
        editRegion("oost-nederland");
        List<Municipality> newer = new ArrayList<>(state.atlas().municipalities().values());
        newer.add(new Municipality("GM0148", "Dalfsen", "Overijssel",
                new WKTReader().read("POLYGON ((200000 510000, 210000 510000, 210000 520000, 200000 520000, 200000 510000))"),
                null));
        interact(() -> state.atlasProperty().set(new Atlas(newer, Basemap.empty(), state.atlas().data())));

        PasteListModel list = openPasteDialog();
        pasteAndResolve(list, "Dalfsen");
        assertEquals(List.of("GM0148"), list.acceptedCodes());
        clickOn("#paste-apply");
        assertTrue(oost().hasMember("GM0148"));
    }

    @Test
    void aLineThatWasNotFoundShowsNoMunicipalityEvenWhenItsCellShowedOneBefore() throws Exception {
        editRegion("noord-limburg");
        PasteListModel list = openPasteDialog();
        pasteAndResolve(list, "Zwolle\nDeventer\nRaalte");
        assertMatchCellsShowTheirOwnRow(list);

        // The same cells are reused for the new lines: the first one now has no match at all.
        pasteAndResolve(list, "Xyzzyville\nZwolle\nQwertyhuizen\nDeventer");
        assertNull(list.rows().get(0).choiceProperty().get());
        assertMatchCellsShowTheirOwnRow(list);
        assertEquals(List.of(ZWOLLE, DEVENTER), list.acceptedCodes());

        clickOn("#paste-apply");
        assertEquals(Set.of(VENLO, ZWOLLE, DEVENTER), state.atlas().region("noord-limburg").orElseThrow().memberCodes());
    }

    @Test
    void aPastedListOfMembersOnlySaysNothingWasAdded() throws Exception {
        editRegion("oost-nederland");
        pasteAndResolve(openPasteDialog(), "Zwolle\nRaalte");

        clickOn("#paste-apply");

        assertEquals("Alle 2 gemeenten horen al bij Oost-Nederland; er is niets toegevoegd", state.statusProperty().get());
        assertFalse(model().historyState().canUndoProperty().get(), "no step to undo");
    }

    @Test
    void textEditedAfterRecognisingMustBeRecognisedAgainBeforeAnythingIsAdded() throws Exception {
        editRegion("noord-limburg");
        PasteListModel list = openPasteDialog();
        pasteAndResolve(list, "Zwolle");
        assertFalse(lookup("#paste-apply").query().isDisabled());

        interact(() -> lookup("#paste-input").queryTextInputControl().setText("Deventer"));
        assertTrue(lookup("#paste-apply").query().isDisabled(), "Zwolle, recognised from the old text, is not added");
        assertEquals("De tekst is gewijzigd: kies Herkennen om hem opnieuw te herkennen.",
                lookup("#paste-summary").queryLabeled().getText());

        pasteAndResolve(list, "Deventer");
        clickOn("#paste-apply");
        assertEquals(Set.of(VENLO, DEVENTER), noordLimburg().memberCodes());
    }

    @Test
    void addingAWholeProvinceKeepsTheBergenTheEditorPicked() throws Exception {
        editRegion("oost-nederland");
        PasteListModel list = openPasteDialog();
        pasteAndResolve(list, "Deventer\nBergen");
        PasteListModel.Row bergen = list.rows().get(1);
        assertEquals("Onzeker: kies", bergen.statusTextProperty().get());
        assertFalse(bergen.acceptedProperty().get(), "an uncertain Bergen waits for the editor");
        String picked = theOtherBergen(bergen);
        pick(1, picked);
        assertTrue(bergen.acceptedProperty().get(), "picking a Bergen ticks it");

        interact(() -> lookup("#paste-province").queryComboBox().getSelectionModel().select("Utrecht"));
        clickOn("#paste-add-province");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.rows().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();

        PasteListModel.Row bergenNow = list.rows().get(1);
        assertEquals(List.of(picked), bergenNow.choiceProperty().get().codes(), "the picked Bergen stays");
        assertTrue(bergenNow.acceptedProperty().get(), "and stays ticked");
        assertEquals(Set.of(DEVENTER, picked, UTRECHT, AMERSFOORT), Set.copyOf(list.acceptedCodes()));
        clickOn("#paste-apply");
        assertTrue(oost().memberCodes().containsAll(Set.of(DEVENTER, picked, UTRECHT, AMERSFOORT)));
    }

    @Test
    void theCountStillToDecideFollowsEachPick() throws Exception {
        editRegion("oost-nederland");
        PasteListModel list = openPasteDialog();
        pasteAndResolve(list, "Deventer\nBergen");
        assertEquals("2 regels, 1 nog te beslissen", lookup("#paste-summary").queryLabeled().getText());

        pick(1, theOtherBergen(list.rows().get(1)));

        assertEquals("2 regels, 0 nog te beslissen", lookup("#paste-summary").queryLabeled().getText());
        assertEquals("Zelf gekozen", list.rows().get(1).statusTextProperty().get(), "no longer 'Onzeker: kies'");

        interact(() -> list.rows().get(0).acceptedProperty().set(false));
        assertEquals("2 regels, 0 nog te beslissen", lookup("#paste-summary").queryLabeled().getText(),
                "leaving out Deventer, a sure match, is a decision, not a question");
    }

    @Test
    void membersAreShownAsAlreadyMembersAndNotCountedAsAdded() throws Exception {
        editRegion("oost-nederland");
        PasteListModel list = openPasteDialog();
        pasteAndResolve(list, "Zwolle\nDeventer\nRaalte\nArnhem");

        PasteListModel.Row zwolle = list.rows().get(0);
        assertEquals("Al lid", zwolle.statusTextProperty().get());
        assertFalse(zwolle.acceptedProperty().get(), "a member is not ticked as if it were added");
        assertTrue(takeBox(0).isDisabled(), "nor can it be ticked");
        assertFalse(takeBox(1).isDisabled());
        assertEquals("4 regels, 0 nog te beslissen", lookup("#paste-summary").queryLabeled().getText());
        assertEquals("2 gemeenten toevoegen", lookup("#paste-apply").queryButton().getText());

        clickOn("#paste-apply");
        assertEquals("Ongedaan maken: Deventer en Arnhem toevoegen aan Oost-Nederland", menuItem("menu-undo").getText(),
                "the two added, not Zwolle, which was a member");
    }

    /**
     * A click on Zwolle for Noord-Limburg warns that Oost-Nederland has it; pasted, it went in as "Exact" without a
     * word. Each line now says which other regions already have it, in the hover card's words, and the add button how
     * many of what it adds overlap. Adding them stays allowed.
     */
    @Test
    void aPastedMunicipalityAnotherRegionHasSaysWhichAndTheAddButtonCountsTheOverlaps() throws Exception {
        editRegion("noord-limburg");
        PasteListModel list = openPasteDialog();
        pasteAndResolve(list, "Zwolle\nDeventer\nNoord-Holland");

        assertEquals("Oost-Nederland (PO, VO)", cellOf(0, "Hoort al bij").getText());
        assertEquals("", list.rows().get(1).alsoInProperty().get(), "Deventer is in no region yet");
        assertEquals("1 van de 2 toe te voegen gemeenten: Noord-Holland Noord (PO, VO)", list.rows().get(2).alsoInProperty().get(),
                "of Bergen (NH.) and Alkmaar, Alkmaar is in Noord-Holland Noord");
        assertTrue(list.rows().stream().allMatch(r -> r.acceptedProperty().get()), "still ticked: overlaps occur");
        assertEquals("4 gemeenten toevoegen, waarvan 2 met overlap", lookup("#paste-apply").queryButton().getText());

        interact(() -> list.rows().get(0).acceptedProperty().set(false));
        assertEquals("3 gemeenten toevoegen, waarvan 1 met overlap", lookup("#paste-apply").queryButton().getText(),
                "Zwolle left out");
        clickOn("#paste-apply");
        assertEquals(Set.of(VENLO, DEVENTER, BERGEN_NH, ALKMAAR), noordLimburg().memberCodes());
    }

    @Test
    void theAddButtonShowsItsCountWholeOnceItGrowsLongerThanWhenTheDialogOpened() throws Exception {
        editRegion("noord-limburg");
        PasteListModel list = openPasteDialog();
        pasteAndResolve(list, "Zwolle\nDeventer\nArnhem");

        javafx.scene.control.Button add = lookup("#paste-apply").queryButton();
        interact(() -> add.getScene().getRoot().layout());
        assertEquals("3 gemeenten toevoegen, waarvan 1 met overlap", add.getText(), "Zwolle is in Oost-Nederland");
        assertEquals(add.getText(), ((javafx.scene.text.Text) add.lookup(".text")).getText(), "not cut to '3 gemeenten …'");
    }

    @Test
    void theDialogOpensTallEnoughToReviewManyLinesYetWhollyOnTheScreen() throws Exception {
        editRegion("oost-nederland");
        openPasteDialog();

        var table = lookup("#paste-table").queryAs(javafx.scene.control.TableView.class);
        interact(() -> table.getScene().getRoot().layout());
        javafx.stage.Window window = table.getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double header = table.lookup(".column-header-background").getLayoutBounds().getHeight();
        int rows = (int) ((table.getHeight() - header) / table.getFixedCellSize());
        String seen = rows + " rows in a window of " + window.getHeight() + " on a screen of " + screen.getHeight();
        assertTrue(rows >= 18 || window.getHeight() >= screen.getHeight() - 1, "as many rows as fit: " + seen);
        assertTrue(window.getY() >= screen.getMinY() && window.getY() + window.getHeight() <= screen.getMaxY() + 1,
                "its title and buttons on the screen: " + window.getY() + "+" + window.getHeight());
        assertTrue(((javafx.stage.Stage) window).isResizable());
    }

    @Test
    void theDialogOpensReadyToPasteIntoSoCtrlVRightAwayPastesTheList() throws Exception {
        editRegion("oost-nederland");
        openPasteDialog();
        var input = lookup("#paste-input").queryTextInputControl();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> input.getScene().getFocusOwner() == input);

        interact(() -> javafx.scene.input.Clipboard.getSystemClipboard()
                .setContent(java.util.Map.of(javafx.scene.input.DataFormat.PLAIN_TEXT, "Deventer\nArnhem")));
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.V);

        assertEquals("Deventer\nArnhem", input.getText(), "pasted without a click in the text first");
    }

    @Test
    void provincesAloneAndAfterANameAreReadAsTheEditorWroteThem() throws Exception {
        editRegion("oost-nederland");
        PasteListModel list = openPasteDialog();
        pasteAndResolve(list, "Hengelo (Gld)\nBergen NH\nUtrecht\nLimburg");

        PasteListModel.Row hengelo = list.rows().get(0);
        assertFalse(hengelo.acceptedProperty().get(), "Hengelo (O.) lies in Overijssel: not ticked on a contradiction");
        assertEquals("Onzeker: ligt niet in Gelderland", hengelo.statusTextProperty().get());
        assertEquals(List.of(BERGEN_NH), list.rows().get(1).choiceProperty().get().codes(), "the Bergen in Noord-Holland");
        PasteListModel.Row utrecht = list.rows().get(2);
        assertEquals(List.of(UTRECHT), utrecht.choiceProperty().get().codes(), "the municipality, named exactly");
        assertEquals("Exact (ook een provincie)", utrecht.statusTextProperty().get());
        assertTrue(utrecht.choices().stream().anyMatch(c -> c.codes().equals(List.of(UTRECHT, AMERSFOORT))),
                "the whole province offered beside it");
        assertEquals("Hele provincie", list.rows().get(3).statusTextProperty().get());
        assertEquals("4 regels, 1 nog te beslissen",
                lookup("#paste-summary").queryLabeled().getText());

        clickOn("#paste-apply");
        assertEquals(Set.of(ZWOLLE, RAALTE, BERGEN_NH, UTRECHT, BERGEN_L, VENLO), oost().memberCodes());
    }

    /**
     * In English the headers are longer than the Dutch ones the widths were chosen for: "Confidence" was cut to
     * "Confide…", and "Uncertain: not in Gelderland" to "Uncertain: not in Gelderl…" with nothing to read it whole.
     */
    @Test
    void inEnglishEveryHeaderIsWholeAndTheReasonALineIsUncertainIsWholeOnHover() throws Exception {
        Messages.use(Messages.ENGLISH);
        try {
            editRegion("noord-limburg");
            PasteListModel list = openPasteDialog();
            pasteAndResolve(list, "Hengelo (Gld)");

            List<javafx.scene.control.Label> headers = lookup("#paste-table .column-header .label").queryAll().stream()
                    .map(n -> (javafx.scene.control.Label) n).toList();
            assertEquals(List.of("Add", "Line", "Municipality", "Confidence", "Recognised as", "Already belongs to"),
                    headers.stream().map(javafx.scene.control.Label::getText).toList());
            headers.forEach(h -> assertEquals(h.getText(), shownText(h), "the header as drawn"));
            var reason = cellOf(0, "Recognised as");
            assertEquals("Uncertain: not in Gelderland", reason.getText());
            assertEquals("Uncertain: not in Gelderland", shownText(reason), "the reason as drawn");
            assertEquals("Uncertain: not in Gelderland", reason.getTooltip().getText(), "and whole on hover");
        } finally {
            Messages.use(Messages.DUTCH);
        }
    }

    /**
     * At Extra groot the rows kept the height they have in normal type: each municipality box was sliced at the
     * bottom ("Hengelo (O.) (Overijssel,…" without its descenders), and the reason Hengelo (Gld) is uncertain read
     * "Onzeker: ligt niet …".
     */
    @Test
    void atExtraLargeEachRowHoldsItsMunicipalityBoxWholeAndSaysWhyWhole() throws Exception {
        interact(() -> stage.getScene().getStylesheets().add(
                nl.onderwijsregio.atlas.ui.TextSize.EXTRA_LARGE.stylesheet(nl.onderwijsregio.atlas.ui.Appearance.LIGHT)));
        editRegion("oost-nederland");
        PasteListModel list = openPasteDialog();
        pasteAndResolve(list, "Zwole\nBergen\nHengelo (Gld)");

        for (int row = 0; row < 3; row++) {
            var cell = cellOf(row, "Gemeente");
            javafx.scene.Node box = cell.getGraphic();
            javafx.geometry.Bounds inCell = cell.localToScene(cell.getLayoutBounds());
            javafx.geometry.Bounds boxBounds = box.localToScene(box.getLayoutBounds());
            assertTrue(boxBounds.getMaxY() <= inCell.getMaxY() + 0.5 && boxBounds.getMinY() >= inCell.getMinY() - 0.5,
                    "row " + row + ": the box " + boxBounds.getHeight() + " high within its cell "
                            + inCell.getHeight() + " high");
            javafx.scene.Node line = cellOf(row, "Regel").lookup(".text");
            double lineMiddle = line.localToScene(line.getLayoutBounds()).getCenterY();
            assertEquals(boxBounds.getCenterY(), lineMiddle, 3, "row " + row + ": the pasted line level with its box");
        }
        var reason = cellOf(2, "Herkend als");
        assertEquals("Onzeker: ligt niet in Gelderland", reason.getText());
        assertEquals(reason.getText(), shownText(reason), "the reason as drawn");
    }

    /** The words a label draws: its text, or that text cut short with an ellipsis where its room ends. */
    private static String shownText(javafx.scene.control.Labeled labeled) {
        return ((javafx.scene.text.Text) labeled.lookup(".text")).getText();
    }

    /** Opens the paste dialog for the region being edited, as its button does, and returns its rows' model. */
    private PasteListModel openPasteDialog() {
        Platform.runLater(() -> feature.pane().pasteList());
        WaitForAsyncUtils.waitForFxEvents();
        return feature.pane().lastPasteDialog().model();
    }

    private void pasteAndResolve(PasteListModel list, String text) throws Exception {
        interact(() -> lookup("#paste-input").queryTextInputControl().setText(text));
        int lines = text.split("\n").length;
        interact(() -> list.rows().clear());
        clickOn("#paste-resolve");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.rows().size() == lines);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The Bergen the row does not offer first: picking it is a decision of the editor's own. */
    private static String theOtherBergen(PasteListModel.Row bergen) {
        return bergen.choiceProperty().get().codes().equals(List.of(BERGEN_L)) ? BERGEN_NH : BERGEN_L;
    }

    /** Picks {@code code} in the match box of row {@code row}, as the editor does in the list. */
    @SuppressWarnings("unchecked")
    private void pick(int row, String code) {
        var box = (javafx.scene.control.ComboBox<PasteListModel.Choice>) cellOf(row, "Gemeente").getGraphic();
        PasteListModel.Choice choice = box.getItems().stream().filter(c -> c.codes().equals(List.of(code)))
                .findFirst().orElseThrow();
        interact(() -> box.setValue(choice));
    }

    private javafx.scene.control.CheckBox takeBox(int row) {
        return (javafx.scene.control.CheckBox) cellOf(row, "Toevoegen").getGraphic();
    }

    private javafx.scene.control.TableCell<?, ?> cellOf(int row, String column) {
        return lookup("#paste-table .table-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && column.equals(c.getTableColumn().getText()))
                .filter(c -> !c.isEmpty() && c.getIndex() == row).findFirst().orElseThrow();
    }

    /** Every visible match cell shows the match of the line in its own row, or "Niet gevonden". */
    private void assertMatchCellsShowTheirOwnRow(PasteListModel list) {
        List<javafx.scene.control.TableCell<?, ?>> cells = lookup("#paste-table .table-cell").queryAll().stream()
                .<javafx.scene.control.TableCell<?, ?>>map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && "Gemeente".equals(c.getTableColumn().getText()))
                .filter(c -> !c.isEmpty() && c.getIndex() >= 0 && c.getIndex() < list.rows().size())
                .toList();
        assertEquals(list.rows().size(), cells.size(), "one match cell per line");
        for (var cell : cells) {
            PasteListModel.Row row = list.rows().get(cell.getIndex());
            if (row.choices().isEmpty()) {
                assertNull(cell.getGraphic(), row.match().text() + " shows no municipality");
                assertEquals("Niet gevonden", cell.getText());
                continue;
            }
            var box = (javafx.scene.control.ComboBox<?>) cell.getGraphic();
            assertEquals(row.choiceProperty().get(), box.getValue(), row.match().text());
            assertEquals(row.choices(), box.getItems());
            String shownText = ((javafx.scene.control.ListCell<?>) box.getButtonCell()).getText();
            assertEquals(row.choiceProperty().get() == null ? "Niet gevonden" : row.choiceProperty().get().label(),
                    shownText, row.match().text());
        }
    }
}
