package nl.onderwijsregio.atlas.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import org.junit.jupiter.api.Test;

/**
 * All rules on the bundled dataset, pinned line by line in {@code check/expected-findings.txt}: when a
 * finding appears or disappears (a data fix, a rule change), this test fails and the diff shows which.
 * After a deliberate change, rewrite the file with {@code -Dcheck.updateExpected=true} and review its diff.
 */
class PublishedDataFindingsTest {

    private static final Path EXPECTED = Path.of("src/test/resources/check/expected-findings.txt");

    @Test
    void theFindingsOnThePublishedDataAreExactlyTheKnownOnes() throws Exception {
        Atlas atlas = TestData.bundledAtlas();

        List<Finding> findings = new Validator().validate(atlas);

        String actual = findings.stream().map(PublishedDataFindingsTest::line)
                .collect(Collectors.joining("\n", "", "\n"));
        if (Boolean.getBoolean("check.updateExpected")) {
            Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(EXPECTED, StandardCharsets.UTF_8), actual);
        assertFalse(Validator.hasErrors(findings), "the bundled data must validate without errors");
    }

    private static String line(Finding f) {
        return f.severity() + " " + f.ruleId() + " " + (f.regionId() == null ? "-" : f.regionId()) + " "
                + (f.municipalityCode() == null ? "-" : f.municipalityCode()) + " | " + f.message();
    }
}
