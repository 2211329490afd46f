package nl.onderwijsregio.atlas.ui.editor;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.BERGEN_L;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.onderwijsregio.atlas.core.check.Finding;
import nl.onderwijsregio.atlas.core.check.Severity;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Live validation beside the editor: the findings panel follows each edit and leads to what it names. */
class LiveValidationFeatureTest extends EditorInAWindow {

    @Test
    void theValidationPanelUpdatesAfterAnEditAndSelectsOnClick() throws Exception {
        editRegion("noord-limburg");
        long first = feature.validation().runs();
        // Any validation will do: the panel shows what the shared findings report, whoever made them.
        interact(() -> state.findings().validateWith((atlas, graph) -> atlas.regions().stream()
                .filter(r -> r.memberCodes().size() < 2)
                .map(r -> Finding.of(Severity.WARNING, "test", r.id(), null, "check.scope-territory.regional",
                        r.displayName()))
                .toList()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> feature.validation().runs() > first);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0 fouten, 2 waarschuwingen", lookup("#validation-status").queryLabeled().getText());
        assertEquals("0 fouten, 2 waarschuwingen", lookup("#status-findings").queryLabeled().getText());

        long before = feature.validation().runs();
        click(BERGEN_L);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> feature.validation().runs() > before);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0 fouten, 1 waarschuwing", lookup("#validation-status").queryLabeled().getText());

        interact(() -> {
            var tree = feature.validation().tree();
            tree.getSelectionModel().select(tree.getRoot().getChildren().get(0).getChildren().get(0));
        });
        assertEquals("noord-holland-noord", state.selectedRegionIdProperty().get());
    }

    @Test
    void aClickOnTheChosenFindingShowsItsRegionAgain() throws Exception {
        editRegion("noord-limburg");
        long first = feature.validation().runs();
        interact(() -> state.findings().validateWith((atlas, graph) -> List.of(Finding.of(Severity.WARNING, "test",
                "noord-holland-noord", null, "check.scope-territory.regional", "Noord-Holland Noord"))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> feature.validation().runs() > first);
        interact(() -> lookup("#editor-form").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        javafx.scene.Node finding = lookup("#validation-tree .tree-cell")
                .match(n -> String.valueOf(((javafx.scene.control.TreeCell<?>) n).getText()).startsWith("Noord-Holland Noord"))
                .query();
        clickOn(finding);
        assertEquals("noord-holland-noord", state.selectedRegionIdProperty().get());

        // The editor moves on, e.g. by choosing another region in the legend, and comes back to the finding.
        interact(() -> state.selectedRegionIdProperty().set("oost-nederland"));
        clickOn(finding);

        assertEquals("noord-holland-noord", state.selectedRegionIdProperty().get());
    }

    @Test
    void theRealValidatorReportsANationalRegionWithMembersAsAnError() throws Exception {
        editRegion("noord-limburg");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> feature.validation().runs() >= 1);
        long before = feature.validation().runs();
        assertTrue(feature.validation().findings().stream().noneMatch(f -> f.severity() == Severity.ERROR
                && "noord-limburg".equals(f.regionId())), feature.validation().findings().toString());
        clickOn("#editor-scope-national");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> feature.validation().runs() > before);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(feature.validation().findings().stream().anyMatch(f -> f.severity() == Severity.ERROR
                && "noord-limburg".equals(f.regionId())), feature.validation().findings().toString());
        assertTrue(lookup("#validation-status").queryLabeled().getText().startsWith("1 fout"),
                lookup("#validation-status").queryLabeled().getText());
    }
}
