package nl.onderwijsregio.atlas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Started from another folder than the project's, the atlas still finds the data of its own build. */
class DataFolderTest {

    @Test
    void theClassesOfABuildFindTheProjectsDataTwoFoldersUp(@TempDir Path project) throws Exception {
        Path data = Files.createDirectories(project.resolve("data"));
        Files.writeString(data.resolve(AtlasLoader.REGION_FILE), "{}");
        Path classes = Files.createDirectories(project.resolve("target/classes"));

        assertEquals(Optional.of(data), AtlasLoader.besideTheBuild(classes));
    }

    @Test
    void aFolderNamedDataWithoutARegionFileIsNotTakenForIt(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("data"));
        Path classes = Files.createDirectories(project.resolve("target/classes"));

        assertEquals(Optional.empty(), AtlasLoader.besideTheBuild(classes));
    }
}
