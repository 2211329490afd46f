package nl.onderwijsregio.atlas.ui.editor;

import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.IJSSEL_VECHT;
import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.ZWOLLE_REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import nl.onderwijsregio.atlas.core.check.Severity;
import nl.onderwijsregio.atlas.core.check.Validator;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.core.summary.SummaryFixtures;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.detail.DetailViewModel;
import nl.onderwijsregio.atlas.ui.SummaryModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import nl.onderwijsregio.atlas.ui.detail.DetailFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's validation panel and the detail pane's findings read one report: every edit is validated
 * once, by the real validator, and both show its findings (Zwolle atlas, IJssel-Vecht selected).
 */
class ValidationPanelTest {

    private final Atlas zwolle = SummaryFixtures.atlas();
    private final List<Atlas> validated = new CopyOnWriteArrayList<>();
    private AtlasState state;
    private ValidationPanel panel;
    private DetailViewModel detail;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        Validator validator = new Validator();
        fx(() -> {
            state = new AtlasState();
            state.findings().validateWith((atlas, graph) -> {
                validated.add(atlas);
                return validator.validate(atlas, graph);
            });
            detail = new DetailViewModel(state, new SummaryModel(state));
            panel = new ValidationPanel(state, state.findings());
            state.regionMapsProperty().set(RegionMaps.build(zwolle));
            state.atlasProperty().set(zwolle);
            state.selectedRegionIdProperty().set(IJSSEL_VECHT);
        });
    }

    private void awaitShown(Atlas atlas) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.findings().report().atlas() == atlas);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void oneRunPerEditFeedsThePanelAndTheDetailPane() throws Exception {
        awaitShown(zwolle);
        assertEquals(1, validated.size());
        long regionErrorsBefore = panel.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR && IJSSEL_VECHT.equals(f.regionId())).count();
        assertEquals(0, regionErrorsBefore, panel.findings().toString());

        // Made national while keeping its municipalities: an error on IJssel-Vecht.
        Atlas national = zwolle.withRegion(zwolle.region(IJSSEL_VECHT).orElseThrow().withScope(Scope.NATIONAL));
        fx(() -> state.atlasProperty().set(national));
        awaitShown(national);

        assertTrue(panel.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR
                && IJSSEL_VECHT.equals(f.regionId())), panel.findings().toString());
        assertTrue(panel.summaryProperty().get().startsWith("1 fout"), panel.summaryProperty().get());
        assertTrue(detail.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR),
                "the detail pane shows the same error: " + detail.findings());

        // Undone by the next edit: runs follow one another on one worker, so a second run for either view of the
        // national one would be counted before this edit's.
        Atlas regionalAgain = national.withRegion(national.region(IJSSEL_VECHT).orElseThrow()
                .withScope(zwolle.region(IJSSEL_VECHT).orElseThrow().scope()));
        fx(() -> state.atlasProperty().set(regionalAgain));
        awaitShown(regionalAgain);
        assertEquals(List.of(zwolle, national, regionalAgain), validated, "one run per atlas, shared by both views");
    }

    @Test
    void clickingAFindingSelectsItsRegion() throws Exception {
        // Zwolle listed twice in its own region: a warning about Zwolle en omgeving.
        Atlas twice = zwolle.withRegion(zwolle.region(ZWOLLE_REGION).orElseThrow()
                .withMembers(List.of(new MemberRef("GM0193", null), new MemberRef("GM0193", null))));
        fx(() -> state.atlasProperty().set(twice));
        awaitShown(twice);
        fx(() -> {
            var item = panel.tree().getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                    .filter(i -> i.getValue() instanceof ValidationPanel.Shown s && ZWOLLE_REGION.equals(s.regionId()))
                    .findFirst().orElseThrow();
            panel.tree().getSelectionModel().select(item);
        });
        assertEquals(ZWOLLE_REGION, state.selectedRegionIdProperty().get());
    }

    @Test
    void anEditKeepsTheChosenFindingChosenAndAClosedGroupClosed() throws Exception {
        Atlas twice = zwolle.withRegion(zwolle.region(ZWOLLE_REGION).orElseThrow()
                .withMembers(List.of(new MemberRef("GM0193", null), new MemberRef("GM0193", null))));
        fx(() -> state.atlasProperty().set(twice));
        awaitShown(twice);
        fx(() -> {
            panel.tree().getSelectionModel().select(duplicateZwolle());
            state.selectedRegionIdProperty().set(IJSSEL_VECHT);
        });

        // Made national while keeping its municipalities: a new error, and Zwolle still twice in its region.
        Atlas national = twice.withRegion(twice.region(IJSSEL_VECHT).orElseThrow().withScope(Scope.NATIONAL));
        fx(() -> state.atlasProperty().set(national));
        awaitShown(national);

        fx(() -> assertEquals(duplicateZwolle(), panel.tree().getSelectionModel().getSelectedItem()));
        assertEquals(IJSSEL_VECHT, state.selectedRegionIdProperty().get(),
                "choosing the finding again after the edit is no click: the selection stays where the user put it");

        fx(() -> group(Severity.WARNING).setExpanded(false));
        fx(() -> state.atlasProperty().set(twice));
        awaitShown(twice);

        fx(() -> assertFalse(group(Severity.WARNING).isExpanded(), "the warnings the user closed stay closed"));
    }

    private javafx.scene.control.TreeItem<Object> group(Severity level) {
        return panel.tree().getRoot().getChildren().stream()
                .filter(g -> g.getChildren().stream().anyMatch(i -> ((ValidationPanel.Shown) i.getValue()).severity() == level))
                .findFirst().orElseThrow();
    }

    private javafx.scene.control.TreeItem<Object> duplicateZwolle() {
        return group(Severity.WARNING).getChildren().stream()
                .filter(i -> ((ValidationPanel.Shown) i.getValue()).text().contains("2 keer"))
                .findFirst().orElseThrow();
    }

    @Test
    void aValidationThatThrowsShowsAsOneErrorLine() throws Exception {
        awaitShown(zwolle);
        fx(() -> state.findings().validateWith((atlas, graph) -> {
            throw new IllegalStateException("geen gemeenten geladen");
        }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.findings().report().failure() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("De controle is mislukt: geen gemeenten geladen"),
                panel.findings().stream().map(ValidationPanel.Shown::text).toList());
        assertEquals("1 fout, 0 waarschuwingen", panel.summaryProperty().get());
        assertTrue(detail.findings().isEmpty(), "the detail pane shows no findings it does not have");
    }

    private static void fx(Runnable r) {
        DetailFixture.run(r);
    }
}
