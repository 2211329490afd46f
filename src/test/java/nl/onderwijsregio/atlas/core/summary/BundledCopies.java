package nl.onderwijsregio.atlas.core.summary;

import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.check.Finding;
import nl.onderwijsregio.atlas.core.check.Validator;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;

/**
 * The bundled data's regions as "Kopieer als tekst" and "Kopieer als CSV" copy them, with the checks' doubts
 * the copies carry: what the tests of the copies read.
 */
final class BundledCopies {

    private final Atlas atlas;
    private final AtlasSummary summary;
    private final List<Finding> findings;

    private BundledCopies(Atlas atlas) {
        this.atlas = atlas;
        this.summary = new AtlasSummary(atlas, null);
        this.findings = new Validator().validate(atlas);
    }

    static BundledCopies load() throws Exception {
        return new BundledCopies(TestData.bundledAtlas());
    }

    RegionFacts facts(String id) {
        return summary.facts(id).orElseThrow();
    }

    String text(String id, Locale locale) {
        return FactsCopy.text(facts(id), caveats(id, locale), atlas.data().source(), locale,
                SummaryFixtures.labels(locale));
    }

    String csv(String id, Locale locale) {
        RegionRow row = summary.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        return FactsCopy.csv(facts(id), row, caveats(id, locale), atlas.data().source(), locale,
                SummaryFixtures.labels(locale));
    }

    FigureCaveats caveats(String id, Locale locale) {
        return FigureCaveats.of(facts(id).region(), findings, locale, SummaryFixtures.labels(locale));
    }
}
