package nl.onderwijsregio.atlas.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A key missing from both bundles passes {@link BundlesInStepTest} and shows as "!key!" on screen. This
 * reads the main sources for keys written out as literals where a text is looked up, and asks both
 * languages for each. Keys built at run time ({@code "editor.figure." + f.jsonKey()}) are not literals
 * and are left to the tests of the screens that show them.
 */
class LiteralKeysExistTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /**
     * The tests too: one that looks up a key the bundles lost compares against "!key!" and fails for a reason
     * nobody sees at once, or passes where it should not.
     */
    private static final Path TESTS = Path.of("src/test/java");

    /**
     * Where a literal is a key: {@code Messages.t("…")}, {@code messages.text("…")} (a chosen language) and
     * {@code Description.of("…")}, which the screens word from the same bundles. A conditional between two
     * literals ({@code Messages.t(open ? "a" : "b")}) counts both.
     */
    private static final Pattern LOOKUP = Pattern.compile(
            "(?:Messages\\.t|\\b(?:messages|chosen|nl|en|current\\(\\))\\.text|Description\\.of)\\(\\s*"
                    + "(?:\"([a-zA-Z0-9_.-]+)\"\\s*[,)]|[^\"(),;]*\\?\\s*\"([a-zA-Z0-9_.-]+)\"\\s*:\\s*\"([a-zA-Z0-9_.-]+)\"\\s*[,)])");

    /** The command line has its own bundle and looks up every key it uses before it ships. */
    private static final Path CLI = SOURCES.resolve("nl/onderwijsregio/atlas/cli");

    @Test
    void everyLiteralKeyIsInTheDutchAndTheEnglishBundles() throws IOException {
        Messages dutch = new Messages(Messages.DUTCH);
        Messages english = new Messages(Messages.ENGLISH);
        Map<String, String> missing = new TreeMap<>();
        int found = 0;
        for (Path file : javaFiles()) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = LOOKUP.matcher(source);
            while (m.find()) {
                for (int g = 1; g <= 3; g++) {
                    String key = m.group(g);
                    if (key == null) {
                        continue;
                    }
                    found++;
                    if (!dutch.has(key) || !english.has(key)) {
                        missing.put(key, file + (dutch.has(key) ? " (no English)"
                                : english.has(key) ? " (no Dutch)" : ""));
                    }
                }
            }
        }
        assertTrue(found > 300, "the scan should find the app's keys; found " + found);
        assertEquals(Map.of(), missing, "literal keys missing from the bundles");
    }

    @Test
    void theScanSeesAKeyThatIsNotThereAndIgnoresOneBuiltAtRunTime() {
        String source = """
                label.setText(Messages.t("detail.nothing.like.this"));
                toggle.setText(Messages.t(open ? "detail.case.less" : "detail.case.more.missing"));
                name.setText(Messages.t("editor.figure." + figure.jsonKey()));
                """;
        Matcher m = LOOKUP.matcher(source);
        List<String> keys = Stream.iterate(m.find(), found -> found, found -> m.find())
                .flatMap(found -> Stream.of(m.group(1), m.group(2), m.group(3)))
                .filter(k -> k != null).toList();
        assertEquals(List.of("detail.nothing.like.this", "detail.case.less", "detail.case.more.missing"), keys);
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> main = Files.walk(SOURCES); Stream<Path> tests = Files.walk(TESTS)) {
            return Stream.concat(main, tests).filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(CLI) && !f.endsWith("LiteralKeysExistTest.java")).toList();
        }
    }
}
