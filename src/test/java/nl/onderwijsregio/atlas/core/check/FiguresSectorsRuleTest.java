package nl.onderwijsregio.atlas.core.check;

import static nl.onderwijsregio.atlas.core.check.SmallAtlas.ZWOLLE;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.atlas;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.figures;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.findings;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.region;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

class FiguresSectorsRuleTest {

    private final Rule rule = new FiguresSectorsRule();

    @Test
    void poSchoolBoardsOnARegionThatServesOnlyVoAndMboAreReported() {
        var brabant = region("brabant-oost", "Brabant-Oost (vo/mbo)", Set.of(Sector.VO, Sector.MBO), ZWOLLE)
                .withKeyFigures(figures(90_000L, 12L, 20L, 3L, 2L));

        List<Finding> found = findings(rule, atlas(brabant));

        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("Brabant-Oost (vo/mbo) noemt 12 aangesloten schoolbesturen po, maar bedient geen PO.",
                found.get(0).message());
        assertEquals("Brabant-Oost (vo/mbo) lists 12 affiliated PO school boards but does not serve PO.",
                found.get(0).message(Locale.ENGLISH));
    }

    @Test
    void aServedSectorWithZeroInstitutionsIsReported() {
        var zwolle = region("zwolle", "Zwolle en omgeving", Set.of(Sector.PO, Sector.MBO), ZWOLLE)
                .withKeyFigures(figures(58_632L, 23L, 0L, 0L, 3L));

        List<Finding> found = findings(rule, atlas(zwolle));

        assertEquals(1, found.size(), found.toString());
        assertEquals("Zwolle en omgeving bedient MBO, maar noemt 0 aangesloten mbo-instellingen.",
                found.get(0).message());
    }

    @Test
    void absentFiguresContradictNothing() {
        var zwolle = region("zwolle", "Zwolle en omgeving", Set.of(Sector.PO, Sector.VO, Sector.MBO), ZWOLLE)
                .withKeyFigures(figures(58_632L, 23L, null, null, 3L));
        assertEquals(List.of(), findings(rule, atlas(zwolle)));
    }

    @Test
    void aPublishedSectorLabelThatDiffersFromTheSectorsIsAWarning() {
        var brabant = new Region("brabant-oost-po", "Brabant-Oost (po)", "Onderwijsregio Brabant-Oost (vo/mbo)",
                Set.of(Sector.PO), Scope.REGIONAL, false, null, figures(76_572L, 41L, null, null, 2L),
                List.of(), List.of(), List.of());

        List<Finding> found = findings(rule, atlas(brabant));

        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("Brabant-Oost (po): de gepubliceerde naam noemt VO/MBO, maar de regio bedient PO.",
                found.get(0).message());
    }

    @Test
    void aLabelChoiceRecordedAsCorrectionIsOnlyInformation() {
        var brabant = new Region("brabant-oost-po", "Brabant-Oost (po)", "Onderwijsregio Brabant-Oost (vo/mbo)",
                Set.of(Sector.PO), Scope.REGIONAL, false, null, figures(76_572L, 41L, null, null, 2L),
                List.of(), List.of(), List.of(new Correction("sectors", "vo/mbo", "po",
                        "De kaart telt 41 po-besturen en geen vo-besturen.")));

        List<Finding> found = findings(rule, atlas(brabant));

        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.INFO, found.get(0).severity());
        assertEquals("Brabant-Oost (po): the published name says VO/MBO; PO was chosen (recorded as a correction).",
                found.get(0).message(Locale.ENGLISH));
    }

    @Test
    void unknownWordsInTheLabelAreIgnored() {
        var midden = region("midden-brabant", "Midden-Brabant", Set.of(Sector.PO), ZWOLLE);
        var published = new Region(midden.id(), midden.displayName(), "Onderwijsregio Midden-Brabant (po/go)",
                midden.sectors(), midden.scope(), false, null, midden.keyFigures(), midden.members(), List.of(),
                List.of());
        assertEquals(List.of(), findings(rule, atlas(published)));
    }
}
