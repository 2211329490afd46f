package nl.onderwijsregio.atlas.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Words a user reads come from the bundles, never from a literal in a view: a label, button, menu
 * item, tooltip, tab, prompt, title, dialog text or file filter given a quoted string with letters in it
 * would stay Dutch (or English) whatever the language chosen.
 */
class NoTextInViewsTest {

    private static final Path UI = Path.of("src/main/java/nl/onderwijsregio/atlas/ui");

    /** A widget or text setter whose first argument is a string literal holding a letter. */
    private static final Pattern LITERAL_TEXT = Pattern.compile(
            "(new (Label|Button|ToggleButton|MenuItem|Menu|CheckBox|RadioButton|RadioMenuItem|CheckMenuItem"
                    + "|Tooltip|Tab|Hyperlink|TitledPane|FileChooser\\.ExtensionFilter)"
                    + "|\\.set(Text|PromptText|Title|HeaderText|ContentText|AccessibleText))"
                    + "\\(\"[^\"]*\\p{L}[^\"]*\"");

    /** A string literal, escapes and all. */
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

    /** Lines whose literals nobody reads on screen: ids, style classes, inline CSS, logs, exceptions, reports. */
    private static final Pattern NOT_READ = Pattern.compile(
            "setId\\(|getStyleClass\\(|setStyle\\(|LOG\\.|\\.log\\(|Exception\\(|println\\(|^\\s*(\\*|//|/\\*)");

    /**
     * Files allowed to join texts with literals, each with why. A file cleared leaves this list (the test says so),
     * so the list only shrinks.
     */
    private static final Map<String, String> STILL_JOINING = Map.of(
            "AtlasApp.java", "the start-up timings line is read by the benchmark, not by a person",
            "prefs/FileMenu.java", "to clear: a recent file's name with its folder");

    @Test
    void noViewJoinsTextWithALiteralSeparatorOrWords() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> cleared = new ArrayList<>(STILL_JOINING.keySet());
        try (Stream<Path> files = Files.walk(UI)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = UI.relativize(file).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (joinsWithALiteral(lines.get(i))) {
                        if (STILL_JOINING.containsKey(name)) {
                            cleared.remove(name);
                        } else {
                            found.add(name + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "a pattern in the bundles says it, as map.card.title={0} ({1}) does");
        assertEquals(List.of(), cleared, "joins no more texts: take it off STILL_JOINING");
    }

    /**
     * Whether the line joins with {@code +}, or appends to a builder, a literal holding a space and something else:
     * a separator such as {@code " · "} or {@code ": "}, or words. A space alone, a bullet or an ellipsis is no
     * wording.
     */
    static boolean joinsWithALiteral(String line) {
        if (NOT_READ.matcher(line).find()) {
            return false;
        }
        Matcher m = STRING_LITERAL.matcher(line);
        while (m.find()) {
            String body = m.group().substring(1, m.group().length() - 1).replace("\\n", "");
            String before = line.substring(0, m.start()).stripTrailing();
            boolean joined = before.endsWith("+") || before.endsWith(".append(")
                    || line.substring(m.end()).stripLeading().startsWith("+");
            if (joined && body.contains(" ") && !body.isBlank() && !body.matches("[\\s•…]*")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void thePatternCatchesASeparatorJoinedInCode() {
        assertTrue(joinsWithALiteral("title.setText(m.name() + \" (\" + m.province() + \")\");"));
        assertTrue(joinsWithALiteral("return hit.name() + \"  ·  \" + kind;"));
        assertTrue(joinsWithALiteral("        + \" outlines_drawn_ms=\" + ms"), "a continued line too");
        assertTrue(joinsWithALiteral("text.append(\"; \").append(Messages.t(\"export.slides.withoutSlide.national\", n));"),
                "a builder's separator as much as a plus's");
        assertTrue(!joinsWithALiteral("sb.append(\"\\n\").append(Messages.t(\"map.regionListed\", name));"),
                "a line break is no wording");
        assertTrue(!joinsWithALiteral("link.setId(\"card-\" + s.name() + \"-\" + r.id());"), "an id is not read");
        assertTrue(!joinsWithALiteral("Button in = navButton(\"zoom-in\", \"+\", \"map.zoomIn\", zoom);"),
                "a plus sign in a literal joins nothing");
        assertTrue(!joinsWithALiteral("label = new Label(\"• \" + r.displayName());"), "signs are not words");
        assertTrue(!joinsWithALiteral("text + \" \" + Messages.t(\"detail.national.choice\", reason)"),
                "a space between two sentences from the bundles");
        assertTrue(!joinsWithALiteral("Messages.t(\"detail.history.title\", n)"));
    }

    @Test
    void noViewHardCodesAText() throws IOException {
        assertTrue(Files.isDirectory(UI), "run from the project root");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = LITERAL_TEXT.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(UI.relativize(file) + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void thePatternCatchesALiteralLabel() {
        assertTrue(LITERAL_TEXT.matcher("Label l = new Label(\"Kerncijfers\");").find());
        assertTrue(LITERAL_TEXT.matcher("alert.setHeaderText(\"Opgeslagen\")").find());
        assertTrue(!LITERAL_TEXT.matcher("new Label(\"• \" + name)").find(), "signs are not words");
        assertTrue(!LITERAL_TEXT.matcher("new Label(Messages.t(\"detail.figures\"))").find());
    }
}
