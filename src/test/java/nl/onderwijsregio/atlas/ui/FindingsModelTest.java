package nl.onderwijsregio.atlas.ui;

import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.FLEVOLAND;
import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.IJSSEL_VECHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.onderwijsregio.atlas.core.check.Finding;
import nl.onderwijsregio.atlas.core.check.Severity;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.core.summary.SummaryFixtures;
import org.junit.jupiter.api.BeforeAll;
import nl.onderwijsregio.atlas.ui.detail.DetailFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one owner of the findings, on the small Zwolle atlas, with a validation that records what it was
 * asked: each atlas change costs one run on the map's border graph, and a slow run of an older atlas
 * never overwrites the findings on a newer one.
 */
class FindingsModelTest {

    private final Atlas zwolle = SummaryFixtures.atlas();
    private final List<Atlas> validated = new CopyOnWriteArrayList<>();
    private final List<MunicipalityGraph> graphsUsed = new CopyOnWriteArrayList<>();
    private final List<Atlas> published = new CopyOnWriteArrayList<>();
    private AtlasState state;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Kampen leaves IJssel-Vecht, Dalfsen joins Flevoland, ...: edits that keep the municipalities. */
    private static Atlas withMembers(Atlas atlas, String regionId, String... codes) {
        return atlas.withRegion(atlas.region(regionId).orElseThrow()
                .withMembers(java.util.Arrays.stream(codes).map(c -> new MemberRef(c, null)).toList()));
    }

    /** One finding naming the region count, so each report can be told apart. */
    private List<Finding> recordingValidation(Atlas atlas, MunicipalityGraph graph) {
        validated.add(atlas);
        graphsUsed.add(graph);
        return List.of(Finding.of(Severity.INFO, "test", IJSSEL_VECHT, null, "check.scope-territory.regional",
                atlas.region(IJSSEL_VECHT).orElseThrow().memberCodes().size()));
    }

    private void open(FindingsModel.Validation validation, RegionMaps maps, Atlas atlas) {
        fx(() -> {
            state = new AtlasState();
            state.findings().validateWith(validation);
            state.findings().reportProperty().addListener((o, old, r) -> published.add(r.atlas()));
            state.regionMapsProperty().set(maps);
            state.atlasProperty().set(atlas);
        });
    }

    private void awaitReportOn(Atlas atlas) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.findings().report().atlas() == atlas);
        // Long enough for any second run of the same atlas to show up.
        Thread.sleep((long) (FindingsModel.DEBOUNCE.toMillis() * 3));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyAtlasChangeIsValidatedOnceOnTheMapsBorderGraph() throws Exception {
        RegionMaps maps = RegionMaps.build(zwolle);
        open(this::recordingValidation, maps, zwolle);
        awaitReportOn(zwolle);
        assertEquals(List.of(zwolle), validated, "loading the atlas costs one run");
        assertSame(state.findings(), state.findings(), "every view asks the same owner");

        // Three edits quicker than the debounce: one run, for the newest.
        Atlas first = withMembers(zwolle, IJSSEL_VECHT, "GM0166");
        Atlas second = withMembers(first, IJSSEL_VECHT, "GM0166", "GM0148", "GM0193");
        Atlas third = withMembers(second, FLEVOLAND, "GM0184", "GM0148");
        fx(() -> {
            state.atlasProperty().set(first);
            state.atlasProperty().set(second);
            state.atlasProperty().set(third);
        });
        awaitReportOn(third);
        assertEquals(List.of(zwolle, third), validated);

        // One more edit a moment later: one more run.
        Atlas fourth = withMembers(third, IJSSEL_VECHT, "GM0148");
        fx(() -> state.atlasProperty().set(fourth));
        awaitReportOn(fourth);
        assertEquals(List.of(zwolle, third, fourth), validated);
        assertEquals(List.of(zwolle, third, fourth), published);
        assertTrue(graphsUsed.stream().allMatch(g -> g == maps.graph()), "the map's graph is not built again");
        assertEquals(List.of(1), state.findings().report().findings().get(0).args(),
                "the findings shown are those on the newest atlas: IJssel-Vecht with only Dalfsen");
    }

    @Test
    void aSlowRunOfAnOlderAtlasNeverOverwritesTheNewerOne() throws Exception {
        Atlas older = withMembers(zwolle, IJSSEL_VECHT, "GM0166");
        Atlas newer = withMembers(older, IJSSEL_VECHT, "GM0166", "GM0148");
        CountDownLatch olderStarted = new CountDownLatch(1);
        CountDownLatch releaseOlder = new CountDownLatch(1);
        open((atlas, graph) -> {
            if (atlas == older) {
                olderStarted.countDown();
                awaitQuietly(releaseOlder);
            }
            return recordingValidation(atlas, graph);
        }, RegionMaps.build(zwolle), older);
        assertTrue(olderStarted.await(20, TimeUnit.SECONDS));

        fx(() -> state.atlasProperty().set(newer));
        // Let the newer atlas's run be queued behind the slow one before that one finishes.
        Thread.sleep((long) (FindingsModel.DEBOUNCE.toMillis() * 3));
        WaitForAsyncUtils.waitForFxEvents();
        releaseOlder.countDown();

        awaitReportOn(newer);
        assertEquals(List.of(older, newer), validated, "the older atlas was validated, slowly");
        assertEquals(List.of(newer), published, "but its findings were never shown");
        assertFalse(state.findings().report().findings().isEmpty());
    }

    @Test
    void aValidationThatThrowsIsReportedWithItsMessage() throws Exception {
        open((atlas, graph) -> {
            throw new IllegalStateException("regio zonder id");
        }, RegionMaps.build(zwolle), zwolle);
        awaitReportOn(zwolle);
        assertEquals("regio zonder id", state.findings().report().failure());
        assertTrue(state.findings().report().findings().isEmpty());

        fx(() -> state.findings().validateWith(this::recordingValidation));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !validated.isEmpty());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> state.findings().report().failure() == null);
        assertNull(state.findings().report().failure());
    }

    @Test
    void withoutAMapTheGraphIsBuiltOnceAndStillUsed() throws Exception {
        open(this::recordingValidation, null, zwolle);
        awaitReportOn(zwolle);
        assertEquals(List.of(zwolle), validated);
        assertTrue(graphsUsed.get(0).areNeighbours("GM0193", "GM0166"), "Zwolle borders Kampen");
        assertSame(graphsUsed.get(0), state.findings().borders().graphFor(zwolle));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void fx(Runnable r) {
        DetailFixture.run(r);
    }
}
