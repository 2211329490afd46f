package nl.onderwijsregio.atlas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TextField;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

/** The region form in a real main window: every kind of edit, refused edits, new and deleted regions. */
class RegionFormFeatureTest extends EditorInAWindow {

    @Test
    void undoAndRedoOfEveryKindOfEditThroughTheForm() {
        editRegion("oost-nederland");
        Atlas start = state.atlas();
        TextField name = lookup("#editor-name").queryAs(TextField.class);
        interact(() -> {
            name.setText("Regio Stedendriehoek");
            name.getOnAction().handle(null);
        });
        clickOn("#editor-sector-MBO");
        clickOn("#editor-scope-national");
        clickOn("#editor-voorloper");
        TextField pupils = lookup("#editor-figure-leerlingenStudenten").queryAs(TextField.class);
        interact(() -> {
            pupils.setText("58.632");
            pupils.getOnAction().handle(null);
        });
        Region r = oost();
        assertEquals("Regio Stedendriehoek", r.displayName());
        assertTrue(r.serves(Sector.MBO));
        assertTrue(r.voorloper());
        assertEquals(58_632L, r.keyFigures().get(KeyFigure.LEERLINGEN_STUDENTEN).getAsLong());
        assertEquals(5, model().history().undoDepth());

        interact(() -> {
            pupils.setText("-4");
            pupils.getOnAction().handle(null);
        });
        assertTrue(pupils.getStyleClass().contains("invalid"));
        assertEquals(5, model().history().undoDepth(), "an invalid figure is not an edit");

        for (int i = 0; i < 5; i++) {
            interact(model()::undo);
        }
        assertEquals(start.data(), state.atlas().data());
        for (int i = 0; i < 5; i++) {
            interact(model()::redo);
        }
        assertEquals(r, oost());
    }

    @Test
    void typingAReasonMovesNoFieldOfTheForm() {
        editRegion("oost-nederland");
        TextField pupils = lookup("#editor-figure-leerlingenStudenten").queryAs(TextField.class);
        double before = interactAndGet(() -> pupils.localToScene(pupils.getBoundsInLocal()).getMinY());

        clickOn("#editor-reason").write("Cijfers 2024");

        assertTrue(lookup("#editor-reason-note").queryLabeled().getText().startsWith("Deze reden wordt opgeslagen"),
                "the note says the reason applies");
        assertEquals(before, interactAndGet(() -> pupils.localToScene(pupils.getBoundsInLocal()).getMinY()),
                "a click aimed at a field still lands in it");
    }

    @Test
    void aReasonEndsWithTheSaveSoALaterChangeOfTheSameRegionDoesNotCarryIt() throws Exception {
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        editRegion("oost-nederland");
        interact(() -> model().reasonProperty().set("Telling 2025"));
        TextField pupils = lookup("#editor-figure-leerlingenStudenten").queryAs(TextField.class);
        interact(() -> {
            pupils.setText("70.780");
            pupils.getOnAction().handle(null);
        });
        assertEquals(EditorModel.SaveOutcome.SAVED, interactAndGet(model()::save));

        assertEquals("", lookup("#editor-reason").queryAs(TextField.class).getText(), "the field is empty again");
        assertEquals("Met een reden legt de atlas elke wijziging van Oost-Nederland tot het opslaan vast als correctie "
                + "op de publicatie.", lookup("#editor-reason-note").queryLabeled().getText());
        clickOn("#editor-scope-national");
        assertEquals("Gedaan: Bereik van Oost-Nederland wijzigen", state.statusProperty().get(),
                "no reason follows the change");
        assertTrue(oost().corrections().stream()
                .noneMatch(c -> c.field().equals("scope") && "Telling 2025".equals(c.reason())),
                "the scope's correction is not explained by the count: " + oost().corrections());
    }

    @Test
    void aRefusedEditIsExplainedInDutch() {
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        editRegion("oost-nederland");
        TextField name = lookup("#editor-name").queryAs(TextField.class);
        interact(() -> {
            name.setText("  ");
            name.getOnAction().handle(null);
        });
        assertEquals("Niet uitgevoerd: een regio heeft een naam nodig", state.statusProperty().get());
        assertEquals("Oost-Nederland", oost().displayName());
    }

    @Test
    void aNameBeingTypedStaysWithItsRegionWhenAnotherIsSelected() {
        editRegion("oost-nederland");
        TextField name = lookup("#editor-name").queryAs(TextField.class);
        clickOn(name);
        interact(() -> name.setText("Oost"));
        interact(() -> state.selectedRegionIdProperty().set("noord-limburg"));
        assertEquals("Oost", oost().displayName());
        assertEquals("Noord-Limburg", state.atlas().region("noord-limburg").orElseThrow().displayName());
        assertEquals("Noord-Limburg", name.getText());
    }

    @Test
    void aNewRegionAndItsCaseAreMadeInTheFormAndUndoneStepByStep() {
        editRegion("oost-nederland");
        int regions = state.atlas().regions().size();
        clickOn("#editor-new-region");
        interact(() -> lookup(".dialog-pane .text-field").queryTextInputControl().setText("Twente"));
        clickOn(okButton());
        assertEquals(regions + 1, state.atlas().regions().size());
        assertEquals("twente", state.selectedRegionIdProperty().get());
        assertTrue(state.atlas().region("twente").orElseThrow().serves(Sector.PO));

        // the cases lie at the foot of the form, below what its part of the side pane shows at first
        interact(() -> lookup("#editor-form").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        clickOn("#editor-add-case");
        interact(() -> {
            lookup("#case-title").queryTextInputControl().setText("Invalpool Twente");
            lookup("#case-summary").queryTextInputControl().setText("Scholen delen een pool van invallers.");
        });
        clickOn(okButton());
        assertEquals("Invalpool Twente", state.atlas().region("twente").orElseThrow().cases().get(0).title());
        assertEquals("Ongedaan maken: Praktijkvoorbeeld „Invalpool Twente” toevoegen aan Twente", menuItem("menu-undo").getText());

        interact(model()::undo);
        assertTrue(state.atlas().region("twente").orElseThrow().cases().isEmpty());
        interact(model()::undo);
        assertTrue(state.atlas().region("twente").isEmpty());
        interact(model()::redo);
        interact(model()::redo);
        assertEquals(1, state.atlas().region("twente").orElseThrow().cases().size());
    }

    @Test
    void aNewRegionNamedLikeNoordLimburgIsRefusedInTheDialogWhichKeepsWhatWasTyped() {
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        editRegion("oost-nederland");
        int regions = state.atlas().regions().size();
        clickOn("#editor-new-region");
        interact(() -> lookup("#new-region-name").queryTextInputControl().setText("Noord Limburg"));
        clickOn(okButton());

        assertEquals("Niet mogelijk: er is al een regio met de naam „Noord-Limburg”",
                lookup("#new-region-problem").queryLabeled().getText(), "said in the dialog, which is still open");
        assertEquals("Noord Limburg", lookup("#new-region-name").queryTextInputControl().getText());
        assertEquals(regions, state.atlas().regions().size());

        interact(() -> lookup("#new-region-name").queryTextInputControl().setText("Noord-Limburg Venlo"));
        clickOn(okButton());
        assertTrue(lookup("#new-region-problem").tryQuery().isEmpty(), "closed");
        assertEquals("Noord-Limburg Venlo", state.atlas().region(state.selectedRegionIdProperty().get())
                .orElseThrow().displayName());
    }

    @Test
    void aNewRegionWithoutANameIsRefusedInTheDialog() {
        nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.DUTCH);
        editRegion("oost-nederland");
        int regions = state.atlas().regions().size();
        clickOn("#editor-new-region");
        clickOn(okButton());

        assertEquals("Niet mogelijk: een regio heeft een naam nodig",
                lookup("#new-region-problem").queryLabeled().getText());
        clickOn(cancelButton());
        assertEquals(regions, state.atlas().regions().size());
    }

    @Test
    void deletingAsksAndCanBeUndone() {
        editRegion("noord-limburg");
        dialogs.confirmDelete = false;
        clickOn("#editor-delete-region");
        assertTrue(state.atlas().region("noord-limburg").isPresent());
        dialogs.confirmDelete = true;
        clickOn("#editor-delete-region");
        assertTrue(state.atlas().region("noord-limburg").isEmpty());
        assertEquals("Ongedaan maken: Regio „Noord-Limburg” verwijderen", menuItem("menu-undo").getText());
        interact(model()::undo);
        assertTrue(state.atlas().region("noord-limburg").isPresent());
    }
}
