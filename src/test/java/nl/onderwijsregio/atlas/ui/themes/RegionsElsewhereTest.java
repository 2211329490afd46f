package nl.onderwijsregio.atlas.ui.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.KeyFigures;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The themes panel and the presenter's theme tour name the regions a sector's map lacks in these words. */
class RegionsElsewhereTest {

    private static final Region KOERSKRACHT = region("Koerskracht", Scope.NATIONAL, Set.of(Sector.PO));
    private static final Region LIMBURG = region("Limburg", Scope.REGIONAL, Set.of(Sector.PO),
            new MemberRef("GM0983", "Venlo"));
    private static final Region ZWOLLE = region("Zwolle en omgeving", Scope.REGIONAL, Set.of(Sector.PO, Sector.VO),
            new MemberRef("GM0193", "Zwolle"));
    private static final Region WITHOUT_MEMBERS = region("Stedendriehoek", Scope.REGIONAL, Set.of(Sector.MBO));

    @AfterEach
    void backToDutch() {
        Messages.use(Messages.DUTCH);
    }

    @Test
    void aRegionOnAnotherSectorsMapIsNamedWithItsSectors() {
        Messages.use(Messages.DUTCH);
        assertEquals("Limburg (PO), Zwolle en omgeving (PO/VO)", RegionsElsewhere.named(List.of(LIMBURG, ZWOLLE)));
    }

    @Test
    void aRegionWithoutTerritoryIsNamedNationalWhetherNationalOrWithoutMembers() {
        Messages.use(Messages.DUTCH);
        assertEquals("Koerskracht (landelijk), Stedendriehoek (landelijk)",
                RegionsElsewhere.named(List.of(KOERSKRACHT, WITHOUT_MEMBERS)));
        Messages.use(Messages.ENGLISH);
        assertEquals("Koerskracht (national), Limburg (PO)", RegionsElsewhere.named(List.of(KOERSKRACHT, LIMBURG)));
    }

    private static Region region(String name, Scope scope, Set<Sector> sectors, MemberRef... members) {
        return new Region(name, name, name, sectors, scope, false, null, KeyFigures.none(), List.of(members),
                List.of(), List.of());
    }
}
