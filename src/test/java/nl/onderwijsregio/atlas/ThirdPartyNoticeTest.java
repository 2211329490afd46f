package nl.onderwijsregio.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the package carries of others is named with its licence: every jar it puts in {@code lib/app/lib}, the
 * Java runtime and JavaFX. The jars are those Maven resolves for the runtime, written by the build to
 * {@code target/runtime-classpath.txt}, so a new or updated library cannot ship unnamed.
 */
class ThirdPartyNoticeTest {

    private static final Path NOTICE = Path.of("packaging/THIRD-PARTY.md");

    /** A row of the libraries' table: the jar's name, then project and licence. */
    private static final Pattern ROW = Pattern.compile("\\| (\\S+\\.jar) \\| [^|]+ \\| [^|]*\\S[^|]* \\|.*");

    @Test
    void everyJarThePackageCarriesHasARowWithItsLicence() throws IOException {
        List<String> rows = Files.readAllLines(NOTICE).stream().filter(l -> ROW.matcher(l).matches()).toList();
        List<String> jars = runtimeJars();
        assertTrue(jars.size() > 20, "the build lists the runtime jars: " + jars);
        for (String jar : jars) {
            assertTrue(rows.stream().anyMatch(row -> row.startsWith("| " + jar + " |")),
                    jar + " needs a row with its licence in " + NOTICE);
        }
        assertEquals(jars.size(), rows.size(), "a jar the package no longer carries is no longer listed");
    }

    @Test
    void theRuntimeAndJavaFxAreNamedWithTheirLicence() throws IOException {
        String notice = Files.readString(NOTICE);
        assertTrue(notice.contains("| OpenJDK 17 runtime"), notice);
        assertTrue(notice.contains("| OpenJFX 21"), notice);
        assertTrue(notice.contains("GPL-2.0-only WITH Classpath-exception-2.0"), notice);
        assertTrue(notice.contains("Copyright (C) 2026 De makers van de Onderwijsregio Atlas"), "our own holder");
    }

    @Test
    void theDebianCopyrightNamesTheHolderAndPointsAtTheNotice() throws IOException {
        String copyright = Files.readString(Path.of("packaging/linux/resources/copyright"));
        assertTrue(copyright.startsWith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"));
        assertTrue(copyright.contains("Copyright: APPLICATION_COPYRIGHT"), "the holder comes from common.args");
        assertTrue(Files.readString(Path.of("packaging/jpackage/common.args"))
                .contains("--copyright \"Copyright (C) 2026 De makers van de Onderwijsregio Atlas\""));
        assertTrue(copyright.contains("License: GPL-3+"), copyright);
        assertTrue(copyright.contains("GPL-2 with Classpath exception"), "the runtime is not ours: " + copyright);
        assertTrue(copyright.contains("THIRD-PARTY.md"), copyright);
    }

    private static List<String> runtimeJars() throws IOException {
        Path list = Path.of("target/runtime-classpath.txt");
        assertTrue(Files.isRegularFile(list), "written by mvn generate-test-resources (maven-dependency-plugin)");
        return Arrays.stream(Files.readString(list).trim().split(Pattern.quote(File.pathSeparator)))
                .map(jar -> Path.of(jar).getFileName().toString()).sorted().toList();
    }
}
