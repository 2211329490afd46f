package nl.onderwijsregio.atlas.ui;

import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.FLEVOLAND;
import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.ZWOLLE_REGION;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.summary.RegionLink;
import nl.onderwijsregio.atlas.core.summary.SummaryFixtures;
import nl.onderwijsregio.atlas.ui.detail.DetailFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Without a map to lend its border graph, the summary builds its own, so neighbours still appear. */
class SummaryModelTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void neighboursAppearWithoutAMap() throws Exception {
        Atlas base = SummaryFixtures.atlas();
        // Flevoland moved onto Dalfsen borders Zwolle en omgeving's Kampen without sharing a municipality.
        Atlas atlas = base.withRegion(base.region(FLEVOLAND).orElseThrow()
                .withMembers(List.of(new MemberRef("GM0148", null))));
        AtomicReference<SummaryModel> model = new AtomicReference<>();
        DetailFixture.run(() -> {
            AtlasState state = new AtlasState();
            state.atlasProperty().set(atlas);
            model.set(new SummaryModel(state));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.get().summary().facts(ZWOLLE_REGION)
                .orElseThrow().links().stream().anyMatch(l -> l.relation() == RegionLink.Relation.BORDERS));
        assertTrue(model.get().summary().facts(ZWOLLE_REGION).orElseThrow().links().stream()
                .anyMatch(l -> l.regionId().equals(FLEVOLAND)));
    }
}
