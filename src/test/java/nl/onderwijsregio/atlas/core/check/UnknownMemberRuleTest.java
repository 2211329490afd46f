package nl.onderwijsregio.atlas.core.check;

import static nl.onderwijsregio.atlas.core.check.SmallAtlas.KAMPEN;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.ZWOLLE;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.atlas;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.findings;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.po;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import org.junit.jupiter.api.Test;

class UnknownMemberRuleTest {

    private final Rule rule = new UnknownMemberRule();

    @Test
    void aCodeTheEditionDoesNotKnowIsAnError() {
        var region = po("zwolle", "Zwolle en omgeving", ZWOLLE)
                .withMembers(List.of(new MemberRef(ZWOLLE, "Zwolle"), new MemberRef("GM9999", "Atlantis")));

        List<Finding> found = findings(rule, atlas(region));

        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(UnknownMemberRule.UNKNOWN, f.ruleId());
        assertEquals("zwolle", f.regionId());
        assertEquals("GM9999", f.municipalityCode());
        assertEquals("Zwolle en omgeving: gemeentecode GM9999 (gepubliceerd als \u201eAtlantis\u201d) bestaat niet"
                + " in de geladen gemeente-indeling.", f.message());
        assertTrue(f.message(Locale.ENGLISH).contains("does not exist in the loaded municipality edition"),
                f.message(Locale.ENGLISH));
    }

    @Test
    void aMistypedCodeForKampenSuggestsKampenByItsPublishedName() {
        var region = po("zwolle", "Zwolle en omgeving", ZWOLLE)
                .withMembers(List.of(new MemberRef(ZWOLLE, "Zwolle"), new MemberRef("GM0616", "Kampen")));

        Finding f = findings(rule, atlas(region)).get(0);

        assertEquals("Zwolle en omgeving: gemeentecode GM0616 (gepubliceerd als \u201eKampen\u201d) bestaat niet"
                + " in de geladen gemeente-indeling. Bedoelt u GM0166 Kampen?", f.message());
        assertTrue(f.message(Locale.ENGLISH).endsWith("Did you mean GM0166 Kampen?"), f.message(Locale.ENGLISH));
    }

    @Test
    void aCodeOneTypoFromZwollesUnderAnotherNameSuggestsZwolle() {
        var region = po("zwolle", "Zwolle en omgeving", KAMPEN)
                .withMembers(List.of(new MemberRef(KAMPEN, "Kampen"), new MemberRef("GM0139", "Zwol")));

        assertTrue(findings(rule, atlas(region)).get(0).message().endsWith("Bedoelt u GM0193 Zwolle?"));
    }

    @Test
    void aPrintedNameWithoutCodeIsAWarning() {
        var region = po("zwolle", "Zwolle en omgeving", ZWOLLE)
                .withMembers(List.of(new MemberRef(ZWOLLE, "Zwolle"), new MemberRef(null, "Provincie Overijssel")));

        List<Finding> found = findings(rule, atlas(region));

        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals(UnknownMemberRule.UNRESOLVED, found.get(0).ruleId());
        assertEquals("Zwolle en omgeving: \u201eProvincie Overijssel\u201d is niet herleid tot een gemeentecode.",
                found.get(0).message());
    }

    @Test
    void knownCodesAreFine() {
        assertEquals(List.of(), findings(rule, atlas(po("zwolle", "Zwolle en omgeving", ZWOLLE, KAMPEN))));
    }
}
