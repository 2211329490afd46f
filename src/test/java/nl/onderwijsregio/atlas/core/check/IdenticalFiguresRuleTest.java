package nl.onderwijsregio.atlas.core.check;

import static nl.onderwijsregio.atlas.core.check.SmallAtlas.DEN_HELDER;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.DEVENTER;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.KAMPEN;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.URK;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.ZWOLLE;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.atlas;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.figures;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.findings;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.po;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdenticalFiguresRuleTest {

    private final Rule rule = new IdenticalFiguresRule();

    @Test
    void twoCardsWithTheSameFiguresAreEachReportedNamingTheOther() {
        var zwolle = po("zwolle", "Zwolle en omgeving", ZWOLLE).withKeyFigures(figures(58_632L, 23L, 0L, 0L, 3L));
        var kampen = po("kampen", "Kampen", KAMPEN).withKeyFigures(figures(58_632L, 23L, 0L, 0L, 3L));
        var other = po("other", "Elders", KAMPEN).withKeyFigures(figures(58_633L, 23L, 0L, 0L, 3L));

        List<Finding> found = findings(rule, atlas(zwolle, kampen, other));

        assertEquals(List.of("Zwolle en omgeving heeft dezelfde kerncijfers als Kampen.",
                "Kampen heeft dezelfde kerncijfers als Zwolle en omgeving."),
                found.stream().map(Finding::message).toList());
        assertEquals(List.of("zwolle", "kampen"), found.stream().map(Finding::regionId).toList());
        found.forEach(f -> assertEquals(Severity.WARNING, f.severity()));
    }

    @Test
    void cardsWithFewerThanTwoNonZeroFiguresAreAlikeWithoutBeingCopies() {
        // Two cards without figures, and two printing nothing but the same single count of teacher trainers:
        // alike because they are (nearly) empty, not because one was copied from the other.
        var zwolle = po("zwolle-en-omgeving", "Zwolle en omgeving", ZWOLLE);
        var hollandsNoorden = po("hollands-noorden", "Hollands Noorden", DEN_HELDER);
        var oostNederland = po("oost-nederland", "Oost-Nederland", DEVENTER)
                .withKeyFigures(figures(null, 0L, 0L, null, 1L));
        var friesland = po("friesland-noordelijk-flevoland", "Friesland Noordelijk Flevoland", URK)
                .withKeyFigures(figures(null, 0L, 0L, null, 1L));

        assertEquals(List.of(), findings(rule, atlas(zwolle, hollandsNoorden, oostNederland, friesland)));
    }

    @Test
    void twoNonZeroFiguresAlikeAreEnoughToPointAtACopy() {
        var oostNederland = po("oost-nederland", "Oost-Nederland", DEVENTER)
                .withKeyFigures(figures(null, 0L, 0L, 2L, 1L));
        var friesland = po("friesland-noordelijk-flevoland", "Friesland Noordelijk Flevoland", URK)
                .withKeyFigures(figures(null, 0L, 0L, 2L, 1L));

        assertEquals(List.of("oost-nederland", "friesland-noordelijk-flevoland"),
                findings(rule, atlas(oostNederland, friesland)).stream().map(Finding::regionId).toList());
    }
}
