package nl.onderwijsregio.atlas.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onderwijsregio.atlas.core.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A count reads "1 municipality" and "2 municipalities", "1 gemeente" and "2 gemeenten": a number shown before a
 * plural noun has a choice for one, and every text with a choice reads right with 1 and with 2.
 */
class CountedNounsTest {

    private static final String PLURALS = "municipalities|regions|lines|memberships|slides|codes|practice examples"
            + "|gemeenten|gemeentecodes|regio’s|regio''s|regels|lidmaatschappen|dia’s|praktijkvoorbeelden";
    private static final String SINGULARS = "municipality|region|line|membership|slide|code|practice example"
            + "|gemeente|gemeentecode|regio|regel|lidmaatschap|dia|praktijkvoorbeeld";

    /** A number (maybe one word or another placeholder in between, "{1} education regions", "{1} {2}-regio’s") and a plural. */
    private static final Pattern COUNTED = Pattern.compile(
            "\\{(\\d+)(?:,number[^}]*)?\\} (?:\\p{L}+ |\\{\\d+\\}[ -])?(?:" + PLURALS + ")(?![\\p{L}])");

    /** Texts where the check would read a number that is no count, or a count that is two or more by what it tells. */
    private static final Map<String, String> NO_COUNT_OF_ONE = Map.ofEntries(
            Map.entry("check.overlap", "a municipality in one region overlaps nothing"),
            Map.entry("map.chooser.title", "the chooser opens only where regions overlap"),
            Map.entry("map.tooltip.regions", "said only of overlapping regions"),
            Map.entry("map.legend.title", "{0} is the sector: \"PO regions\""),
            Map.entry("map.accessible", "{0} is the sector: \"the PO regions\""),
            Map.entry("map.legend.nationalExplain", "{0} is the sector; the count {1} has its choice"),
            Map.entry("map.legend.emptyExplain", "{0} is the sector; the count {1} has its choice"),
            Map.entry("map.legend.titleWithEmpty", "the regions are without municipalities, not the count"),
            Map.entry("cli.render.unknownRegion.inSector", "{1} is the sector"),
            Map.entry("export.slides.replace.header", "{1} is the deck: a slide for each region of a sector"),
            Map.entry("export.slides.cancelled", "{1} is the deck: a slide for each region of a sector"));

    static List<String> areas() {
        return BundlesInStepTest.areas();
    }

    @ParameterizedTest(name = "{0}: a count before a plural noun has a choice for one")
    @MethodSource("areas")
    void everyCountBeforeAPluralNounHasAChoiceForOne(String area) throws IOException {
        List<String> fixed = new ArrayList<>();
        eachText(area, (lang, key, text) -> {
            Matcher m = COUNTED.matcher(text);
            while (m.find()) {
                if (!text.contains("{" + m.group(1) + ",choice,") && !NO_COUNT_OF_ONE.containsKey(key)) {
                    fixed.add(area + "_" + lang + ": " + key + "=" + text);
                }
            }
        });
        assertEquals(List.of(), fixed);
    }

    private interface TextVisitor {
        void visit(String lang, String key, String text);
    }

    /** Every text of {@code area}'s bundles, Dutch and English. */
    private static void eachText(String area, TextVisitor visitor) throws IOException {
        for (String lang : List.of("nl", "en")) {
            Properties texts = BundlesInStepTest.load(area, lang);
            for (String key : texts.stringPropertyNames()) {
                visitor.visit(lang, key, texts.getProperty(key));
            }
        }
    }

    @ParameterizedTest(name = "{0}: every choice reads right with 1 and with 2")
    @MethodSource("areas")
    void everyChoiceReadsRightWithOneAndWithTwo(String area) throws IOException {
        List<String> wrong = new ArrayList<>();
        eachText(area, (lang, key, text) -> {
            if (!text.contains(",choice,")) {
                return;
            }
            String one = withAll(text, 1L, lang);
            String two = withAll(text, 2L, lang);
            if (Pattern.compile("\\b1 (?:" + PLURALS + ")(?![\\p{L}])").matcher(one).find()
                    || Pattern.compile("\\b2 (?:" + SINGULARS + ")(?![\\p{L}’'-])(?! codes?\\b)").matcher(two).find()
                    || brokenQuoting(one) || brokenQuoting(two)) {
                wrong.add(area + "_" + lang + ": " + key + " reads \"" + one + "\" and \"" + two + "\"");
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void aRegionAddedWithOneMunicipalityReadsSingularInEitherLanguage() {
        assertEquals("Region “Twente” added (1 municipality)",
                new Messages(Language.ENGLISH).text("editor.diff.regionAdded", "Twente", 1));
        assertEquals("Regio „Twente” toegevoegd (2 gemeenten)",
                new Messages(Language.DUTCH).text("editor.diff.regionAdded", "Twente", 2));
    }

    /** The count decides the verbs after it as well as the noun: "2 regio’s hebben … en staan", never "en staat". */
    @Test
    void regionsNotYetOnTheMapTakeVerbsThatAgreeWithTheirCountInEitherLanguage() {
        Messages dutch = new Messages(Language.DUTCH);
        Messages english = new Messages(Language.ENGLISH);
        assertEquals("1 regio heeft nog geen gemeenten en staat dus niet op de kaart.",
                dutch.text("detail.overview.notYetMapped", 1));
        assertEquals("2 regio’s hebben nog geen gemeenten en staan dus niet op de kaart.",
                dutch.text("detail.overview.notYetMapped", 2));
        assertEquals("1 region has no municipalities yet and so is not on the map.",
                english.text("detail.overview.notYetMapped", 1));
        assertEquals("2 regions have no municipalities yet and so are not on the map.",
                english.text("detail.overview.notYetMapped", 2));
    }

    @Test
    void theDetailPaneCountsValidationFindingsOneByOne() {
        Messages english = new Messages(Language.ENGLISH);
        assertEquals("1 validation finding", english.text("detail.findings.title", 1));
        assertEquals("2 validation findings", english.text("detail.findings.title", 2));
        assertEquals("2 meldingen van de controle", new Messages(Language.DUTCH).text("detail.findings.title", 2));
    }

    /** A quote lost to MessageFormat's quoting inside a choice ("regios"), or one doubled that should not be. */
    private static boolean brokenQuoting(String text) {
        return text.contains("''") || text.contains("{") || text.matches("(?s).*\\b(regios|dias)\\b.*");
    }

    /**
     * {@code pattern} with {@code count} for each number it formats (a choice or a number) and a word for every other
     * argument: a sector or a name, which read as a count would make "in no 2 region" look wrong.
     */
    private static String withAll(String pattern, long count, String lang) {
        MessageFormat format = new MessageFormat(pattern, Locale.forLanguageTag(lang));
        Format[] formats = format.getFormatsByArgumentIndex();
        int arguments = Pattern.compile("\\{(\\d+)").matcher(pattern).results()
                .mapToInt(m -> Integer.parseInt(m.group(1)) + 1).max().orElse(0);
        Object[] args = new Object[arguments];
        for (int i = 0; i < arguments; i++) {
            args[i] = i < formats.length && formats[i] instanceof NumberFormat ? (Object) count : "PO";
        }
        return format.format(args);
    }

    @Test
    void theAuditsFixedPluralsAreCaughtByTheCheck() {
        assertTrue(COUNTED.matcher("{0} is national but has {1} municipalities as territory.").find());
        assertTrue(COUNTED.matcher("{0} regels, {1} nog te beslissen").find());
        assertTrue(COUNTED.matcher("{0} ligt in {1} {2}-regio’s; kies er één:").find());
    }
}
