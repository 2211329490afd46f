package nl.onderwijsregio.atlas.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A reader meets one thing under one name: the stories the publication tells per region are practice examples
 * (praktijkvoorbeelden) in the summary, the detail pane, the Themes tab, the corrections, the loader's errors and
 * the command line alike; the figures on a region card are key figures (kerncijfers), also in the editor and the
 * chart; and a key figure reads the same beside the map as on a slide, and the table's header says it as wholly as
 * the rest ("Examples" and "Pupils" beside "Practice examples" and "Pupils and students" read as other things).
 */
class OneNameForOneThingTest {

    /** The command line's texts are no UI area, but it is the same reader who runs {@code info}. */
    private static final List<String> OUTSIDE_THE_UI = List.of("cli");

    /** The loader's texts name the data file's fields as the file spells them ({@code voorloper}), for its repairer. */
    private static final String FIELD_NAMES = "data";

    @Test
    void theStoriesArePracticeExamplesInEnglish() {
        // "lower-case" is about letters, not stories.
        assertEquals(Map.of(), texts(Messages.ENGLISH,
                Pattern.compile("(?i)(?<!-)\\bcases?\\b|(?<!practice )\\bexamples?\\b")));
    }

    @Test
    void theStoriesArePraktijkvoorbeeldenInDutch() {
        assertEquals(Map.of(), texts(Messages.DUTCH, Pattern.compile("(?i)\\bcasus|(?<!praktijk)voorbeeld")));
    }

    /** "Kerncijfers" on the card, in the table and on slides; "kengetal" or "kenmerk" would read as something else. */
    @Test
    void theKeyFiguresAreKerncijfersInDutch() {
        assertEquals(Map.of(), texts(Messages.DUTCH, Pattern.compile("(?i)kengetal|\\bkenmerk")));
    }

    /**
     * One English word each: a region's municipalities are its territory (not also its "catchment area"), the
     * boundaries are municipality boundaries (not also "municipal"), a voorloper is a pioneer (the Dutch word only in
     * brackets after it), and the first key figure counts pupils and students, never pupils alone.
     */
    @Test
    void eachThingHasOneNameInEnglish() {
        assertEquals(Map.of(), texts(Messages.ENGLISH, Pattern.compile(
                "(?i)catchment|municipal boundar|(?<!\\()\\bvoorloper|\\bpupils\\b(?! and students)|pupils/students"),
                FIELD_NAMES));
    }

    @Test
    void theFirstKeyFigureIsLeerlingenEnStudentenInDutch() {
        assertEquals(Map.of(), texts(Messages.DUTCH, Pattern.compile("(?i)\\bleerlingen\\b(?! en studenten)|leerlingen/studenten")));
    }

    @Test
    void aKeyFigureReadsTheSameInTheDetailPaneAndOnSlides() {
        for (Locale language : List.of(Messages.DUTCH, Messages.ENGLISH)) {
            Messages texts = new Messages(language);
            for (KeyFigure f : KeyFigure.values()) {
                assertEquals(texts.text("detail.figure." + f.jsonKey()), texts.text("export.figure." + f.name()),
                        language + ": " + f);
            }
        }
    }

    /**
     * Every key figure is called on the checks' caveats ("lists 12 affiliated PO school boards") as on the card, and
     * on the screen's English a sector keeps the capitals of its abbreviation ("MBO institutions" beside "PO school
     * boards").
     */
    @Test
    void everyKeyFigureIsNamedOnTheCaveatsAsOnTheCard() {
        for (Locale language : List.of(Messages.DUTCH, Messages.ENGLISH)) {
            Messages texts = new Messages(language);
            for (KeyFigure f : KeyFigure.values()) {
                assertEquals(texts.text("detail.figure." + f.jsonKey()).toLowerCase(language),
                        texts.text("check.figure." + f.jsonKey()).toLowerCase(language), language + ": " + f);
            }
        }
        // the command line's option values are typed as they are: --sector po
        assertEquals(Map.of(), texts(Messages.ENGLISH, Pattern.compile("\\b(?:Po|po|Vo|vo|Mbo|mbo)\\b"), "cli"));
    }

    /**
     * A sector reads the same in the detail pane, the presenter and the sector buttons' tips ("Vocational education"),
     * and the presenter's whole country is titled with that name, not with "MBO", which English readers do not know.
     */
    @Test
    void aSectorIsNamedAlikeInTheDetailPaneThePresenterAndTheSectorButtons() {
        for (Locale language : List.of(Messages.DUTCH, Messages.ENGLISH)) {
            Messages texts = new Messages(language);
            for (Sector s : Sector.values()) {
                String name = texts.text("detail.sector." + s.name());
                assertEquals(name, texts.text("presenter.sector." + s.name()), language + ": " + s);
                assertTrue(texts.text("map.sector." + s.name(), 1).startsWith(name + " ("), language + ": " + s);
                String title = texts.text("presenter.overview." + s.name()).replace('\u00a0', ' ');
                assertTrue(title.toLowerCase(language).contains(name.toLowerCase(language)), language + ": " + title);
            }
        }
    }

    /**
     * The mbo institutions and the teacher-training institutions a region card counts are called so on the cards,
     * in the checks' caveats and (the same words shortened) in the table's header: "Teacher trainers" read as people.
     */
    @Test
    void theMboAndTeacherTrainingInstitutionsAreNamedAlikeOnTheCardsTheCaveatsAndTheTableHeader() {
        for (Locale language : List.of(Messages.DUTCH, Messages.ENGLISH)) {
            Messages texts = new Messages(language);
            for (KeyFigure f : List.of(KeyFigure.MBO_INSTELLINGEN, KeyFigure.OPLEIDERS)) {
                String card = texts.text("detail.figure." + f.jsonKey()).toLowerCase(language);
                assertEquals(card, texts.text("check.figure." + f.jsonKey()).toLowerCase(language), language + ": " + f);
                String[] named = card.replaceFirst("^(affiliated|aangesloten) ", "").split(" ");
                String[] header = texts.text("table.header." + f.name().toLowerCase(Locale.ROOT)).toLowerCase(language)
                        .split(" ");
                for (int i = 0; i < header.length; i++) {
                    assertTrue(i < named.length && named[i].startsWith(header[i].replaceFirst("\\.$", "")),
                            language + ": the header \"" + String.join(" ", header) + "\" shortens \"" + card + "\"");
                }
            }
        }
    }

    /** The About box and the National picture cite the evaluation by one title: the published Dutch one. */
    @Test
    void theEvaluationIsCitedByOneTitleInTheAboutBoxAndTheNationalPicture() {
        var source = nl.onderwijsregio.atlas.core.summary.NationalPicture.bundled().source();
        for (Locale language : List.of(Messages.DUTCH, Messages.ENGLISH)) {
            String about = new Messages(language).text("settings.about.source.evaluation");
            assertTrue(about.endsWith(": " + source.in(language)), language + ": " + about);
            assertTrue(source.in(language).startsWith("Berenschot, Tweede tussenevaluatie onderwijsregiobeleid ("),
                    source.in(language));
        }
    }

    /**
     * The texts of every area but {@code leftOut}, the command line's too, in which {@code other} finds another
     * name, by key.
     */
    private static Map<String, String> texts(Locale language, Pattern other, String... leftOut) {
        Map<String, String> found = new TreeMap<>();
        List<String> areas = new ArrayList<>(Messages.BUNDLES);
        areas.addAll(OUTSIDE_THE_UI);
        areas.removeAll(List.of(leftOut));
        for (String area : areas) {
            ResourceBundle bundle = Language.bundle(area, language);
            for (String key : bundle.keySet()) {
                if (other.matcher(bundle.getString(key)).find()) {
                    found.put(key, bundle.getString(key));
                }
            }
        }
        return found;
    }
}
