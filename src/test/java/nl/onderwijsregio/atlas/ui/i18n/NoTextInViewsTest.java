package nl.onderwijsregio.atlas.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
