package nl.onderwijsregio.atlas.core.check;

import static nl.onderwijsregio.atlas.core.check.SmallAtlas.KAMPEN;
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
    void cardsWithoutFiguresAreNotCopiesOfEachOther() {
        var a = po("a", "A", ZWOLLE);
        var b = po("b", "B", KAMPEN).withKeyFigures(figures(null, 0L, 0L, null, 1L));
        var c = po("c", "C", KAMPEN).withKeyFigures(figures(null, 0L, 0L, null, 1L));
        assertEquals(List.of(), findings(rule, atlas(a, b, c, po("d", "D", ZWOLLE))));
    }
}
