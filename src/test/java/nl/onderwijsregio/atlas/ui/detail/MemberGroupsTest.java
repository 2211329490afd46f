package nl.onderwijsregio.atlas.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.summary.MemberFact;
import nl.onderwijsregio.atlas.ui.detail.DetailViewModel.MemberGroup;
import nl.onderwijsregio.atlas.ui.detail.DetailViewModel.MemberItem;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A correction many members share is told once, above them; a member's own correction stays on its row. */
class MemberGroupsTest {

    private static final String DRENTHE = "Provincie in plaats van gemeenten gedrukt; opgelost naar alle 12 gemeenten"
            + " van de provincie Drenthe (CBS 2024).";
    private static final String GRONINGEN = "Provincie in plaats van gemeenten gedrukt; opgelost naar alle 10"
            + " gemeenten van de provincie Groningen (CBS 2024).";

    @BeforeAll
    static void dutch() {
        Messages.use(Messages.DUTCH);
    }

    @Test
    void theProvincesPrintedForMboNoordNederlandAreEachToldOnceAboveTheirMunicipalities() {
        List<MemberGroup> groups = MemberGroups.of(List.of(
                member("GM0106", "Assen", "Drenthe", DRENTHE),
                member("GM0114", "Emmen", "Drenthe", DRENTHE),
                member("GM0014", "Groningen", null, GRONINGEN),
                member("GM1966", "Het Hogeland", "Groningen", GRONINGEN)), MemberGroupsTest::row);

        assertEquals(List.of("2 gemeenten gepubliceerd als „Drenthe” — " + DRENTHE,
                "2 gemeenten gepubliceerd als „Groningen” — " + GRONINGEN), groups.stream().map(MemberGroup::note).toList());
        assertEquals(List.of("Assen", "Emmen"), names(groups.get(0)));
        assertEquals(List.of("Groningen", "Het Hogeland"), names(groups.get(1)),
                "the municipality Groningen, printed under its own name, is one of the province's ten");
        assertEquals(List.of("shared", "shared"), groups.get(1).members().stream().map(MemberItem::publishedText).toList());
    }

    @Test
    void hattemsOwnMisspellingStaysOnItsRowAmongTheUnnotedMembers() {
        List<MemberGroup> groups = MemberGroups.of(List.of(
                member("GM0193", "Zwolle", null, null),
                member("GM0244", "Hattem", "Hatem", "Spelfout in de publicatie")), MemberGroupsTest::row);

        assertEquals(1, groups.size());
        assertEquals("", groups.get(0).note(), "no note above members that carry their own");
        assertEquals(List.of("Zwolle", "Hattem"), names(groups.get(0)), "in the order given");
        assertEquals(List.of("own", "own"), groups.get(0).members().stream().map(MemberItem::publishedText).toList());
    }

    @Test
    void theRowsComeInTheOrderShownUngroupedFirst() {
        List<MemberGroup> groups = MemberGroups.of(List.of(
                member("GM0106", "Assen", "Drenthe", DRENTHE),
                member("GM0193", "Zwolle", null, null),
                member("GM0114", "Emmen", "Drenthe", DRENTHE)), MemberGroupsTest::row);
        assertEquals(List.of("Zwolle", "Assen", "Emmen"), MemberGroups.rows(groups).stream().map(MemberItem::name).toList());
    }

    private static MemberFact member(String code, String name, String published, String correction) {
        return new MemberFact(code, name, "", published, correction, 0, 0, Map.of());
    }

    /** A row that records whether its group tells its note. */
    private static MemberItem row(MemberFact m, boolean shared) {
        return new MemberItem(m.code(), m.name(), m.province(), 0, "", "", shared ? "shared" : "own", m.correction(), "",
                "");
    }

    private static List<String> names(MemberGroup g) {
        return g.members().stream().map(MemberItem::name).toList();
    }
}
