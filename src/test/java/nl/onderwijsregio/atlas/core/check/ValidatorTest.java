package nl.onderwijsregio.atlas.core.check;

import static nl.onderwijsregio.atlas.core.check.SmallAtlas.DEN_HELDER;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.KAMPEN;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.ZWOLLE;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.atlas;
import static nl.onderwijsregio.atlas.core.check.SmallAtlas.po;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Scope;
import org.junit.jupiter.api.Test;

/** The validator as the editor uses it: all rules, errors first, again after every edit. */
class ValidatorTest {

    @Test
    void errorsComeFirstThenWarningsThenInformation() {
        var zwolle = po("zwolle", "Zwolle en omgeving", ZWOLLE, KAMPEN, ZWOLLE);
        var ijssel = po("ijssel", "IJssel", KAMPEN).withMembers(List.of(new MemberRef("GM9999", "Atlantis"),
                new MemberRef(KAMPEN, "Kampen")));

        List<Finding> found = new Validator().validate(atlas(zwolle, ijssel));

        assertEquals(Severity.ERROR, found.get(0).severity());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).severity().compareTo(found.get(i).severity()) <= 0, found.toString());
        }
        assertTrue(Validator.hasErrors(found));
        Map<Severity, Long> counts = Validator.countBySeverity(found);
        assertEquals(1, counts.get(Severity.ERROR));
        assertEquals(1, counts.get(Severity.INFO), "Kampen lies in two PO regions");
    }

    @Test
    void anEditIsSeenByTheNextValidationOfTheNewSnapshot() {
        Validator validator = new Validator();
        var before = atlas(po("zwolle", "Zwolle en omgeving", ZWOLLE, KAMPEN));
        assertFalse(validator.validate(before).stream().anyMatch(f -> f.ruleId().equals(ContiguityRule.ID)));

        var after = before.withRegion(before.region("zwolle").orElseThrow()
                .withMembers(List.of(new MemberRef(ZWOLLE, "Zwolle"), new MemberRef(DEN_HELDER, null))));
        List<Finding> found = validator.validate(after);

        assertTrue(found.stream().anyMatch(f -> f.ruleId().equals(ContiguityRule.ID)
                && f.concernsRegion("zwolle") && f.concernsMunicipality(DEN_HELDER)), found.toString());
    }

    @Test
    void theSameSnapshotGivesTheSameFindings() {
        var atlas = atlas(po("zwolle", "Zwolle", ZWOLLE, DEN_HELDER),
                po("groen", "Groen", KAMPEN).withScope(Scope.NATIONAL));
        assertEquals(new Validator().validate(atlas), new Validator().validate(atlas));
    }

    @Test
    void everyRuleIdIsListedOnce() {
        List<String> ids = new Validator().ruleIds();
        assertEquals(ids.size(), ids.stream().distinct().count());
        assertEquals(10, ids.size(), ids.toString());
    }
}
