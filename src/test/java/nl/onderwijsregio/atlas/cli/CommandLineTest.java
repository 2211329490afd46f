package nl.onderwijsregio.atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.AtlasVersion;
import nl.onderwijsregio.atlas.core.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The line as the packaged launcher passes it on: a command may follow the common options, {@code --version}
 * answers without a window, the installed atlas's help speaks of what it carries, and a start without a display
 * says so in one line.
 */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void aCommandAfterTheCommonOptionsRunsAsWhenItComesFirst() {
        String nowhere = dir.resolve("nergens").toString();
        CliRun after = run("--data", nowhere, "validate");
        CliRun first = run("validate", "--data", nowhere);
        assertEquals(2, after.code(), after.err());
        assertEquals("Fout: de map " + nowhere + " bestaat niet\n", after.err());
        assertEquals(first, after);

        CliRun help = run("--lang", "en", "help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().startsWith("Onderwijsregio Atlas, command line. Commands:"), help.out());
    }

    @Test
    void versionPrintsTheVersionAloneAlsoAfterTheCommonOptions() {
        CliRun version = run("--version");
        assertEquals(0, version.code(), version.err());
        assertEquals("Onderwijsregio Atlas " + AtlasVersion.get() + "\n", version.out());
        assertEquals(version, run("--lang", "en", "--version"));
        assertTrue(run("help").out().contains("--version"), "the usage names it");
    }

    @Test
    void withoutADisplayTheWindowSaysSoInOneLineInTheUsersLanguage() {
        String dutch = AtlasCli.noDisplay(new String[] {}, Language.DUTCH);
        assertTrue(dutch.startsWith("De Onderwijsregio Atlas heeft een grafisch scherm nodig"), dutch);
        assertTrue(dutch.contains("help"), "points to what works without one: " + dutch);
        assertFalse(dutch.contains("\n"));

        String english = AtlasCli.noDisplay(new String[] {"--data", "x"}, Locale.ENGLISH);
        assertTrue(english.startsWith("The Onderwijsregio Atlas needs a graphical display"), "the saved language");
        assertEquals(dutch, AtlasCli.noDisplay(new String[] {"--lang", "nl"}, Locale.ENGLISH), "--lang wins");
    }

    @Test
    void theInstalledAtlasesHelpLeavesOutTheDevelopersBenchAndNamesItsBundledData() throws Exception {
        Path bundled = Files.createDirectories(dir.resolve("lib/app/data"));
        String developers = run("help").out();
        assertTrue(developers.contains("bench"), developers);
        // The build names the project's data folder for every test; the installed launcher names none.
        String buildsData = System.clearProperty("atlas.data.dir");
        try {
            System.setProperty("jpackage.app-path", dir.resolve("bin/Onderwijsregio Atlas").toString());
            System.setProperty("atlas.app.dir", dir.resolve("lib/app").toString());
            String installed = run("help", "--lang", "en").out();
            assertFalse(installed.contains("bench"), installed);
            assertFalse(installed.contains("./data"), installed);
            assertTrue(installed.contains("default the bundled one: " + bundled.toAbsolutePath()), installed);
            String command = run("info", "--help").out();
            assertTrue(command.contains("standaard de meegeleverde: " + bundled.toAbsolutePath()), command);
        } finally {
            System.clearProperty("jpackage.app-path");
            System.clearProperty("atlas.app.dir");
            if (buildsData != null) {
                System.setProperty("atlas.data.dir", buildsData);
            }
        }
    }

    private static CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new AtlasCli().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
