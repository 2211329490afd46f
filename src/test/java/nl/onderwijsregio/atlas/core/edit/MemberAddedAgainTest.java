package nl.onderwijsregio.atlas.core.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Basemap;
import nl.onderwijsregio.atlas.core.model.KeyFigures;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.model.SourceInfo;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A municipality removed from a region and added again is the one the publication printed: it comes back with its
 * printed name and at its place, so the file is as it was. Added as new, it lost its name ("publishedName": null),
 * moved to the end, and no correction said so.
 */
class MemberAddedAgainTest {

    private static final String ALBLASSERDAM = "GM0482";
    private static final String ALBRANDSWAARD = "GM0613";
    private static final String BARENDRECHT = "GM0489";
    private static final String ALTENA = "GM1959";
    private static final String DORDRECHT = "GM0505";
    private static final String RIDDERKERK = "GM0597";

    /** Rijnmond as printed, in the printed order, Barendrecht twice as the publication has it; Ridderkerk left out. */
    private static final List<MemberRef> PRINTED = List.of(
            new MemberRef(ALBLASSERDAM, "Alblasserdam"),
            new MemberRef(ALBRANDSWAARD, "Albrandswaard"),
            new MemberRef(BARENDRECHT, "Barendrecht"),
            new MemberRef(ALTENA, "Altena"),
            new MemberRef(BARENDRECHT, "Barendrecht"),
            new MemberRef(DORDRECHT, "Dordrecht"));

    private final Atlas loaded = rijnmond();

    @Test
    void barendrechtRemovedAndAddedAgainLeavesRijnmondAsPrinted() {
        Atlas a = Edits.removeMembers(loaded, "rijnmond", List.of(BARENDRECHT), null).apply(loaded);
        a = Edits.addMembers(a, "rijnmond", List.of(BARENDRECHT), null, loaded.data()).apply(a);

        assertEquals(PRINTED, rijnmond(a).members(), "its printed name, both entries, each at its place");
        assertEquals(List.of(), rijnmond(a).corrections());
        RegionFileWriter writer = new RegionFileWriter();
        assertArrayEquals(writer.toBytes(loaded.data()), writer.toBytes(a.data()), "the file as it was");
    }

    @Test
    void aClickOnBarendrechtPutsItBackAsAStrokeToo() {
        Atlas a = Edits.stroke(loaded, "rijnmond", List.of(BARENDRECHT), null, loaded.data()).apply(loaded);
        a = Edits.stroke(a, "rijnmond", List.of(BARENDRECHT), null, loaded.data()).apply(a);

        assertEquals(PRINTED, rijnmond(a).members());
    }

    @Test
    void ridderkerkAddedMeanwhileStaysAtTheEndAndBarendrechtComesBackAtItsPlace() {
        Atlas a = Edits.removeMembers(loaded, "rijnmond", List.of(BARENDRECHT), null).apply(loaded);
        a = Edits.addMembers(a, "rijnmond", List.of(RIDDERKERK), null, loaded.data()).apply(a);
        a = Edits.addMembers(a, "rijnmond", List.of(BARENDRECHT), null, loaded.data()).apply(a);

        List<MemberRef> expected = new ArrayList<>(PRINTED);
        expected.add(new MemberRef(RIDDERKERK, null));
        assertEquals(expected, rijnmond(a).members(), "Ridderkerk was never printed for Rijnmond: no name");
    }

    @Test
    void barendrechtKeepsItsPrintedNameWhereTheMembersNoLongerStandInThePrintedOrder() {
        // Alblasserdam taken out and added back as new: it stands last now, so Rijnmond's order is no longer printed.
        Atlas a = Edits.removeMembers(loaded, "rijnmond", List.of(ALBLASSERDAM), null).apply(loaded);
        a = Edits.addMembers(a, "rijnmond", List.of(ALBLASSERDAM), null).apply(a);
        a = Edits.removeMembers(a, "rijnmond", List.of(BARENDRECHT), null).apply(a);
        a = Edits.addMembers(a, "rijnmond", List.of(BARENDRECHT), null, loaded.data()).apply(a);

        assertEquals(List.of(new MemberRef(ALBRANDSWAARD, "Albrandswaard"), new MemberRef(ALTENA, "Altena"),
                new MemberRef(DORDRECHT, "Dordrecht"), new MemberRef(ALBLASSERDAM, null),
                new MemberRef(BARENDRECHT, "Barendrecht"), new MemberRef(BARENDRECHT, "Barendrecht")),
                rijnmond(a).members(), "at the end, but as printed");
        assertEquals(List.of(), rijnmond(a).corrections(), "the same municipalities as printed");
    }

    @Test
    void withoutTheLoadedVersionBarendrechtIsAddedAsANewMember() {
        Atlas a = Edits.removeMembers(loaded, "rijnmond", List.of(BARENDRECHT), null).apply(loaded);
        a = Edits.addMembers(a, "rijnmond", List.of(BARENDRECHT), null).apply(a);

        assertEquals(new MemberRef(BARENDRECHT, null), rijnmond(a).members().get(rijnmond(a).members().size() - 1));
    }

    private static Region rijnmond(Atlas a) {
        return a.region("rijnmond").orElseThrow();
    }

    private static Atlas rijnmond() {
        List<Municipality> ms = List.of(
                square(ALBLASSERDAM, "Alblasserdam", 3, 0),
                square(ALBRANDSWAARD, "Albrandswaard", 0, 0),
                square(BARENDRECHT, "Barendrecht", 1, 0),
                square(ALTENA, "Altena", 4, -1),
                square(DORDRECHT, "Dordrecht", 3, -1),
                square(RIDDERKERK, "Ridderkerk", 2, 0));
        Region region = new Region("rijnmond", "Rijnmond", "Onderwijsregio Rijnmond", Set.of(Sector.PO),
                Scope.REGIONAL, false, null, KeyFigures.none(), PRINTED, List.of(), List.of());
        return new Atlas(ms, Basemap.empty(), new RegionData(1, SourceInfo.unknown(), List.of(), List.of(),
                List.of(region)));
    }

    /** A 5 km square in RD metres, {@code col} east and {@code row} north of Albrandswaard's corner. */
    private static Municipality square(String code, String name, int col, int row) {
        double x = 90_000 + col * 5_000.0;
        double y = 430_000 + row * 5_000.0;
        String wkt = String.format(java.util.Locale.ROOT, "POLYGON ((%.0f %.0f, %.0f %.0f, %.0f %.0f, %.0f %.0f, %.0f %.0f))",
                x, y, x + 5_000, y, x + 5_000, y + 5_000, x, y + 5_000, x, y);
        try {
            return new Municipality(code, name, "Zuid-Holland", new WKTReader().read(wkt), null);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
