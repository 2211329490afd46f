package nl.onderwijsregio.atlas.ui.editor;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.OLST_WIJHE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.RAALTE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.ZWOLLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import nl.onderwijsregio.atlas.core.data.RegionFileReader;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.edit.ChangeLog;
import nl.onderwijsregio.atlas.core.edit.EditFixture;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.edit.Herindeling2025;
import nl.onderwijsregio.atlas.core.edit.Reorganisation;
import nl.onderwijsregio.atlas.core.model.Municipality;
import org.locationtech.jts.io.WKTReader;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A municipal reorganisation (herindeling) confirmed, undone and saved from a real main window. */
class ReorganisationFeatureTest extends EditorInAWindow {

    @Test
    void aCodeTableReadAheadOfTheBoundariesIsConfirmedInOneStepOnlyAfterGoingAheadAndUndone() throws Exception {
        editRegion("oost-nederland");
        click(OLST_WIJHE);
        Path csv = codeTable("oud;nieuw\nGM1773;GM0150\n");
        Reorganisation reorganisation = Reorganisation.fromCsv(csv);
        showConfirming(reorganisation);
        assertEquals(List.of("Oost-Nederland: Olst-Wijhe (GM1773) staat nog in de geladen gemeentegrenzen en blijft"
                + " lid; volgens de codetabel wordt het Deventer (GM0150)"), List.copyOf(
                lookup("#reorg-list").queryListView().getItems()));
        assertEquals("1 lidmaatschap is van een gemeente die nog in de geladen gemeentegrenzen staat; de codetabel noemt"
                + " een opvolger, maar het blijft lid, tenzij u hieronder vooruitloopt. Invullen in één stap?", header());
        assertTrue(okButton().isDisabled(), "unasked, Olst-Wijhe is not taken out of its region");
        clickOn("#reorg-ahead");
        assertFalse(okButton().isDisabled());
        clickOn(okButton());
        assertEquals(Set.of(ZWOLLE, RAALTE, DEVENTER), oost().memberCodes());
        interact(model()::undo);
        assertTrue(oost().hasMember(OLST_WIJHE));
    }

    @Test
    void aCodeTableNamingVeenkolonienAndOostFlevolandBeforeThe2025BoundariesSaysToReadThoseFirst() throws Exception {
        session(Herindeling2025.atlas2024());
        editRegion(Herindeling2025.NOORD_NEDERLAND);
        Path csv = codeTable("oude_code;nieuwe_code\nGM0037;GM1999\nGM0047;GM1999\nGM0050;GM1997\nGM0303;GM1997\n");
        showConfirming(Reorganisation.fromCsv(csv));

        assertEquals("Voor 5 lidmaatschappen noemt de codetabel een opvolger die niet in de geladen gemeentegrenzen"
                + " staat: lees eerst het nieuwe gemeentebestand (.shp) in met Herindeling verwerken.", header(),
                "not '5 lidmaatschappen verwijzen naar vervallen codes; voor 0 is een opvolger gevonden'");
        assertEquals("Noord-Nederland (po): Stadskanaal (GM0037) → GM1999: die opvolger staat niet in de geladen"
                + " gemeentegrenzen; Stadskanaal blijft lid", lookup("#reorg-list").queryListView().getItems().get(3));
        assertTrue(okButton().isDisabled());
        assertFalse(lookup("#reorg-ahead").query().isVisible(), "no going ahead to a code the boundaries lack");
        clickOn(cancelButton());
    }

    @Test
    void theHerindelingOf2025UndoneRedoneAndSavedIsLoggedAsDoneWithItsMergersAndEveryMunicipalityByName()
            throws Exception {
        Files.write(dataFile, new RegionFileWriter().toBytes(Herindeling2025.atlas2024().data()));
        session(Herindeling2025.atlas2024());
        editRegion(Herindeling2025.ALMERE_EN_LELYSTAD);
        interact(() -> model().reasonProperty().set("Besluit over Almere"));
        Reorganisation herindeling = Reorganisation.fromEdition(state.atlas(), Herindeling2025.edition2025());
        Platform.runLater(() -> new ReorganisationDialog(state, model(), stage).confirm(herindeling, state.atlas()));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(okButton());
        interact(model()::undo);
        interact(model()::redo);
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));

        List<ChangeLog.Change> saved = ChangeLog.beside(dataFile).read().get(0).changes();
        assertEquals(List.of("edit"), saved.stream().map(ChangeLog.Change::kind).toList(), "a merger, not a redo");
        assertEquals("Gemeentelijke herindeling: Zeewolde (GM0050) en Dronten (GM0303) opgegaan in Oost-Flevoland"
                + " (GM1997); Stadskanaal (GM0037) en Veendam (GM0047) opgegaan in Veenkoloniën (GM1999)",
                saved.get(0).reason(), "not the reason typed for Almere en Lelystad alone");
        assertEquals(List.of("Almere en Lelystad: Oost-Flevoland (GM1997) toegevoegd",
                "Almere en Lelystad: Zeewolde (GM0050) verwijderd", "Almere en Lelystad: Dronten (GM0303) verwijderd"),
                ChangeLog.beside(dataFile).historyOf(Herindeling2025.ALMERE_EN_LELYSTAD).get(0).changes().get(0)
                        .details().stream().map(ChangeLog.Detail::text).toList());
    }

    @Test
    void aLongReorganisationLineWrapsAndIsReadWhole() throws Exception {
        editRegion("oost-nederland");
        click(OLST_WIJHE);
        interact(() -> model().perform(a -> Edits.rename(a, "oost-nederland",
                "Onderwijsregio Oost-Nederland, Salland, de Stedendriehoek en de Achterhoek", "")));
        Path csv = codeTable("oud;nieuw\nGM1773;GM1999\n");
        Reorganisation reorganisation = Reorganisation.fromCsv(csv);
        showConfirming(reorganisation);
        String line = lookup("#reorg-list").queryListView().getItems().get(0).toString();
        assertTrue(line.contains("GM1999") && line.length() > 100, "a line longer than the list is wide: " + line);
        javafx.scene.text.Text shown = (javafx.scene.text.Text) lookup("#reorg-list .list-cell .text").query();
        assertEquals(line, shown.getText(), "the line is wrapped, not cut off");
        javafx.scene.Node list = lookup("#reorg-list").query();
        double right = list.sceneToLocal(shown.localToScene(shown.getBoundsInLocal())).getMaxX();
        assertTrue(right <= list.getBoundsInLocal().getWidth(), "read without scrolling sideways: text ends at " + right
                + " in a list " + list.getBoundsInLocal().getWidth() + " wide");
        clickOn(cancelButton());
    }

    @Test
    void savingAfterTakingUpNewerBoundariesNamesTheirShapefileAndAfterUndoTheOldOne() throws Exception {
        Path boundaries2024 = dir.resolve("gemeenten-2024.shp");
        Path boundaries2025 = dir.resolve("gemeenten-2025.shp");
        interact(() -> state.showLoaded(EditFixture.atlas(), null, boundaries2024, dataFile));
        editRegion("oost-nederland");
        click(OLST_WIJHE);
        // 2025: Olst-Wijhe and Deventer merged into one municipality covering both.
        List<Municipality> edition2025 = new ArrayList<>(state.atlas().municipalities().values());
        edition2025.removeIf(m -> m.code().equals(OLST_WIJHE) || m.code().equals(DEVENTER));
        edition2025.add(new Municipality("GM1990", "Deventer-Olst", "Overijssel", new WKTReader().read(
                "POLYGON ((200000 490000, 220000 490000, 220000 500000, 200000 500000, 200000 490000))"), null));
        Reorganisation merger = Reorganisation.fromEdition(state.atlas(), edition2025);
        Platform.runLater(() -> new ReorganisationDialog(state, model(), stage)
                .confirm(merger, state.atlas(), boundaries2025));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(okButton());
        assertTrue(oost().hasMember("GM1990"));

        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        assertEquals(boundaries2025, state.municipalityFileProperty().get(), "the saved codes are 2025 codes");
        interact(model()::undo);
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        assertEquals(boundaries2024, state.municipalityFileProperty().get());
    }

    @Test
    void aSplitMunicipalityKeepsOkOffUntilTheEditorChoosesItsSuccessorAndTheSavedFileLoadsAgain() throws Exception {
        editRegion("oost-nederland");
        click(OLST_WIJHE);
        // 2027: Olst-Wijhe and Deventer merge; Raalte is split in three, none of them half of it.
        List<Municipality> edition2027 = new ArrayList<>(state.atlas().municipalities().values());
        edition2027.removeIf(m -> Set.of(OLST_WIJHE, DEVENTER, RAALTE).contains(m.code()));
        WKTReader wkt = new WKTReader();
        edition2027.add(new Municipality("GM1990", "Deventer-Olst", "Overijssel", wkt.read(
                "POLYGON ((200000 490000, 220000 490000, 220000 500000, 200000 500000, 200000 490000))"), null));
        edition2027.add(new Municipality("GM1991", "Raalte-West", "Overijssel", wkt.read(
                "POLYGON ((210000 500000, 213000 500000, 213000 510000, 210000 510000, 210000 500000))"), null));
        edition2027.add(new Municipality("GM1992", "Heino", "Overijssel", wkt.read(
                "POLYGON ((213000 500000, 217000 500000, 217000 510000, 213000 510000, 213000 500000))"), null));
        edition2027.add(new Municipality("GM1993", "Raalte-Oost", "Overijssel", wkt.read(
                "POLYGON ((217000 500000, 220000 500000, 220000 510000, 217000 510000, 217000 500000))"), null));
        Reorganisation split = Reorganisation.fromEdition(state.atlas(), edition2027);
        showConfirming(split);

        assertTrue(okButton().isDisabled(), "Deventer-Olst has a successor, Raalte has none yet");
        javafx.scene.control.Label why = lookup("#reorg-unresolved").query();
        assertTrue(why.isVisible());
        assertTrue(why.getText().contains("Raalte (GM0177)"), why.getText());
        javafx.scene.control.ComboBox<Municipality> raalte = lookup("#reorg-choice-GM0177").queryComboBox();
        assertEquals("Heino", raalte.getItems().get(0).name(), "the largest part comes first");
        interact(() -> raalte.getSelectionModel().select(0));
        assertFalse(okButton().isDisabled());
        assertFalse(why.isVisible());
        clickOn(okButton());
        assertEquals(Set.of(ZWOLLE, "GM1990", "GM1992"), oost().memberCodes());

        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));
        Set<String> codes2027 = new java.util.HashSet<>();
        edition2027.forEach(m -> codes2027.add(m.code()));
        assertEquals(Set.of(ZWOLLE, "GM1990", "GM1992"), new RegionFileReader().read(dataFile, codes2027)
                .regions().get(0).memberCodes(), "the next start accepts the saved file with the 2027 boundaries");
    }

    @Test
    void aReorganisationReadAndLeftUnconfirmedLeavesNoReadingOnTheStatusLine() throws Exception {
        editRegion("oost-nederland");
        click(OLST_WIJHE);
        Path csv = codeTable("oud;nieuw\nGM1773;GM0150\n");
        String before = state.statusProperty().get();

        interact(() -> new ReorganisationDialog(state, model(), stage).read(csv));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#reorg-list").tryQuery().isPresent());
        clickOn(cancelButton());

        assertEquals(before, state.statusProperty().get(), "what it said before, not 'herindeling.csv wordt gelezen…' for ever");
        assertTrue(oost().hasMember(OLST_WIJHE));
    }

    @Test
    void newBoundariesWithUtf8NamesUnderALatin1CpgSayOnTheStatusLineThatTheyWereReadAsUtf8() throws Exception {
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        editRegion("oost-nederland");
        Path shp = nl.onderwijsregio.atlas.core.data.TestData.copyMunicipalityShapefile(dir);
        Files.writeString(dir.resolve("gemeenten_2024.cpg"), "latin1");

        interact(() -> new ReorganisationDialog(state, model(), stage).read(shp));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> state.statusProperty().get().startsWith("Let op"));

        assertEquals("Let op: Namen in gemeenten_2024.dbf zijn UTF-8, maar gemeenten_2024.cpg zegt latin1: gelezen als"
                + " UTF-8, bv. Súdwest-Fryslân. Zet UTF-8 in gemeenten_2024.cpg. "
                + nl.onderwijsregio.atlas.ui.i18n.Messages.t("editor.reorg.nothing"), state.statusProperty().get());
    }

    @Test
    void aReorganisationFileThatCannotBeReadIsNamedOnTheStatusLineAndAtTheHeadOfTheError() throws Exception {
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        editRegion("oost-nederland");
        Path csv = codeTable("oud;nieuw\nGM1773;Deventer\n");

        interact(() -> new ReorganisationDialog(state, model(), stage).read(csv));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#error-dialog").tryQuery().isPresent());

        assertEquals("herindeling.csv kon niet worden gelezen; er is niets veranderd", state.statusProperty().get());
        assertEquals("herindeling.csv kon niet worden gelezen; er is niets veranderd",
                lookup("#error-dialog").queryAs(javafx.scene.control.DialogPane.class).getHeaderText(),
                "a file that cannot be read, not 'Er ging iets mis'");
        interact(() -> lookup("#error-dialog").query().getScene().getWindow().hide());
    }

    /** Nothing changed, so what is loaded still holds: the failure is said beside it, once however often it fails. */
    @Test
    void aFailedReadKeepsWhatTheStatusLineSaidOfTheLoadedData() throws Exception {
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        editRegion("oost-nederland");
        Path csv = codeTable("oud;nieuw\nGM1773;Deventer\n");
        String loaded = "342 gemeenten en 49 onderwijsregio’s geladen";
        interact(() -> state.statusProperty().set(loaded));
        ReorganisationDialog dialog = new ReorganisationDialog(state, model(), stage);

        for (int attempt = 0; attempt < 2; attempt++) {
            interact(() -> dialog.read(csv));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#error-dialog").tryQuery().isPresent());
            interact(() -> lookup("#error-dialog").query().getScene().getWindow().hide());

            assertEquals(loaded + " — herindeling.csv kon niet worden gelezen; er is niets veranderd",
                    state.statusProperty().get());
        }
    }

    @Test
    void anOldCodeNoRegionKnowsIsNamedInTheDialogAsNotApplied() throws Exception {
        editRegion("oost-nederland");
        click(OLST_WIJHE);
        showConfirming(Reorganisation.fromCsv(codeTable("oud;nieuw\nGM9998;GM0150\nGM1773;GM0150\n")));

        assertEquals("Niet toegepast: GM9998 (regel 2) staat in geen regio en niet in de geladen gemeentegrenzen;"
                + " controleer de oude code in de codetabel.", lookup("#reorg-unknown").queryLabeled().getText());
        assertTrue(lookup("#reorg-unknown").query().isVisible());
        assertEquals(1, lookup("#reorg-list").queryListView().getItems().size(), "Olst-Wijhe's line is proposed");
        clickOn(cancelButton());
    }

    @Test
    void aCodeTableWhoseOldCodesNoRegionKnowsSaysSoInsteadOfAllIsWell() throws Exception {
        session(Herindeling2025.atlas2024());
        editRegion(Herindeling2025.NOORD_NEDERLAND);
        showConfirming(Reorganisation.fromCsv(codeTable("GM9998;GM0047\n")));

        assertEquals("De codetabel verandert geen lidmaatschap.", header());
        assertEquals("Niet toegepast: GM9998 (regel 1) staat in geen regio en niet in de geladen gemeentegrenzen;"
                + " controleer de oude code in de codetabel.",
                lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText());
        assertFalse(state.statusProperty().get().contains("Alle lidmaatschappen"), state.statusProperty().get());
        clickOn(okButton());
    }

    @Test
    void aCodeTableOfNamesInsteadOfCodesIsRefusedInADialogNotReportedAsAllIsWell() throws Exception {
        editRegion("oost-nederland");
        Path csv = codeTable("Stadskanaal;Veenkolonien\n");

        interact(() -> new ReorganisationDialog(state, model(), stage).read(csv));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#error-dialog").tryQuery().isPresent());

        String message = lookup("#error-dialog").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertTrue(message.contains("herindeling.csv") && message.contains("geen regel met codes")
                && message.contains("GM0037;GM1999"), message);
        assertEquals("herindeling.csv kon niet worden gelezen; er is niets veranderd", state.statusProperty().get());
        interact(() -> lookup("#error-dialog").query().getScene().getWindow().hide());
    }

    /** A code table of old and new codes as an editor saves it: a header, then one "old;new" line each. */
    private Path codeTable(String lines) throws java.io.IOException {
        return Files.writeString(dir.resolve("herindeling.csv"), lines);
    }

    private String header() {
        return lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText();
    }

    /** Opens the question to confirm {@code reorganisation}, as reading its file does, and waits for it. */
    private void showConfirming(Reorganisation reorganisation) {
        Platform.runLater(() -> new ReorganisationDialog(state, model(), stage).confirm(reorganisation, state.atlas()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
