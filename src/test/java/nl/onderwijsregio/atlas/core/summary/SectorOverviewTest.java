package nl.onderwijsregio.atlas.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

class SectorOverviewTest {

    private final Atlas atlas = SummaryFixtures.atlas();

    @Test
    void onThePoMapKampenIsInTwoRegionsAndUrkInNone() {
        SectorOverview po = SectorOverview.of(atlas, Sector.PO);
        assertEquals(2, po.regionsWithTerritory(), "Zwolle en omgeving and IJssel-Vecht");
        assertEquals(0, po.regionsWithout());
        assertEquals(5, po.municipalities());
        assertEquals(3, po.inOneRegion(), "Zwolle, Hattem, Dalfsen");
        assertEquals(1, po.inSeveralRegions(), "Kampen");
        assertEquals(List.of("Urk"), names(po.uncovered()));
        assertEquals(1, po.voorlopers(), "Zwolle en omgeving");
        assertEquals(1, po.cases());
        assertEquals(1, po.regionsWithCases());
    }

    @Test
    void onTheVoMapTheGreenRegionHasNoTerritoryAndDalfsenIsAGap() {
        SectorOverview vo = SectorOverview.of(atlas, Sector.VO);
        assertEquals(2, vo.regionsWithTerritory(), "Zwolle en omgeving and Flevoland");
        assertEquals(1, vo.regionsWithout(), "Landelijk groen onderwijs");
        assertEquals(List.of(SummaryFixtures.GROEN), vo.national().stream().map(r -> r.id()).toList(),
                "named, so a caption can say which region works nationally");
        assertEquals(4, vo.inOneRegion());
        assertEquals(0, vo.inSeveralRegions());
        assertEquals(List.of("Dalfsen"), names(vo.uncovered()));
    }

    @Test
    void gapsAreListedInDutchAlphabeticalOrder() {
        SectorOverview mbo = SectorOverview.of(atlas, Sector.MBO);
        assertEquals(List.of("Dalfsen", "Kampen", "Urk", "Zwolle"), names(mbo.uncovered()),
                "only Hattem lies in an MBO region (Noord-Veluwe)");
        assertEquals(0, mbo.cases());
    }

    private static List<String> names(List<Municipality> ms) {
        return ms.stream().map(Municipality::name).toList();
    }

    @Test
    void aRegionJustMadeInTheEditorIsNotCountedAsNational() {
        Atlas edited = nl.onderwijsregio.atlas.core.edit.Edits.createRegion(atlas, "Regio Urk", java.util.Set.of(Sector.VO))
                .apply(atlas);
        SectorOverview vo = SectorOverview.of(edited, Sector.VO);
        assertEquals(1, vo.regionsWithout(), "still only Landelijk groen onderwijs");
        assertEquals(1, vo.regionsNotYetMapped(), "Regio Urk, without municipalities yet");
    }
}
