package nl.onderwijsregio.atlas.core.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.onderwijsregio.atlas.core.data.RegionFileReader;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.RegionData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeSaveTest {

    @TempDir
    Path dir;

    private final Atlas atlas = EditFixture.atlas();

    private Path writeOriginal() throws IOException {
        Path file = dir.resolve("onderwijsregios.json");
        Files.write(file, new RegionFileWriter().toBytes(atlas.data()));
        return file;
    }

    private RegionData withDeventer() {
        return Edits.addMembers(atlas, "oost-nederland", List.of(EditFixture.DEVENTER), null).apply(atlas).data();
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith("tmp")).toList();
        }
    }

    @Test
    void aFullDiskHalfWayThroughLeavesTheOldFileIntact() throws IOException {
        Path file = writeOriginal();
        byte[] before = Files.readAllBytes(file);
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write(new RegionFileWriter().toBytes(withDeventer()), 0, 500);
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertTrue(leftovers().isEmpty(), "the temporary file is removed");
        assertFalse(Files.exists(AtomicFile.backupOf(file)), "no backup replaced by a failed save");
    }

    @Test
    void aReadOnlyFolderLeavesTheOldFileIntactAndTheErrorNamesTheFolder() throws IOException {
        Path file = writeOriginal();
        byte[] before = Files.readAllBytes(file);
        // What Linux reports for a new file in a folder without write permission: the new file's name.
        AtomicFile.NewFile readOnlyFolder = (newFile, attributes) -> {
            throw new AccessDeniedException(newFile.toString());
        };
        byte[] mine = new RegionFileWriter().toBytes(withDeventer());

        FolderNotWritableException e = assertThrows(FolderNotWritableException.class,
                () -> AtomicFile.write(file, out -> out.write(mine), true, readOnlyFolder));

        assertEquals(dir.toAbsolutePath(), e.folder());
        assertEquals(dir.toAbsolutePath() + ": cannot create a file in this folder (read-only, or no permission"
                + " to write)", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertTrue(leftovers().isEmpty(), "no temporary file left behind");
        assertFalse(Files.exists(AtomicFile.backupOf(file)), "no backup replaced by a failed save");
    }

    @Test
    void aFolderMadeReadOnlyRefusesTheSaveNamesTheFolderAndLeavesTheOldFileIntact() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("gedeeld"));
        Path file = folder.resolve("onderwijsregios.json");
        Files.write(file, new RegionFileWriter().toBytes(atlas.data()));
        byte[] before = Files.readAllBytes(file);
        RegionFileStore store = RegionFileStore.track(file);

        try (ReadOnlyFolder readOnly = ReadOnlyFolder.make(folder)) {
            FolderNotWritableException e = assertThrows(FolderNotWritableException.class,
                    () -> store.save(withDeventer()));
            assertEquals(folder.toAbsolutePath(), e.folder());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "no backup, no temporary file");
        }
    }

    @Test
    void aRegionsFileMarkedReadOnlyIsRefusedByNameWithNothingWrittenNotEvenABackup() throws Exception {
        Path file = writeOriginal();
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        RegionFileStore store = RegionFileStore.track(file);

        // As root (the tests' user) the folder's permission alone would let the rename replace it.
        FileReadOnlyException e = assertThrows(FileReadOnlyException.class, () -> store.save(withDeventer()));

        assertEquals(file.toAbsolutePath(), e.file());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no backup, no temporary file");
        }
    }

    @Test
    void theReadOnlyMarkIsReadFromThePermissionBitsSoThatEvenRootKeepsTheFile() throws Exception {
        Path file = writeOriginal();
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r-----"));
        assertTrue(AtomicFile.isMarkedReadOnly(file));
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--rw-r--"));
        assertFalse(AtomicFile.isMarkedReadOnly(file), "a group may write it");
    }

    @Test
    void aWriterCrashingWithAnErrorLeavesTheOldFileIntact() throws IOException {
        Path file = writeOriginal();
        byte[] before = Files.readAllBytes(file);
        assertThrows(OutOfMemoryError.class, () -> AtomicFile.write(file, out -> {
            out.write('{');
            throw new OutOfMemoryError("simulated crash of the writer");
        }));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertTrue(leftovers().isEmpty());
    }

    @Test
    void savingKeepsThePreviousVersionAsBak() throws Exception {
        Path file = writeOriginal();
        byte[] before = Files.readAllBytes(file);
        RegionFileStore store = RegionFileStore.track(file);
        store.save(withDeventer());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("onderwijsregios.json.bak")));
        RegionData saved = new RegionFileReader().read(file, null);
        assertTrue(saved.regions().get(0).hasMember(EditFixture.DEVENTER));
        assertFalse(store.changedOnDisk());
    }

    @Test
    void savingThroughALinkToTheSharedDriveKeepsTheLinkAndWritesTheFileItPointsAt() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("gedeelde-schijf"));
        Path real = shared.resolve("onderwijsregios.json");
        Files.write(real, new RegionFileWriter().toBytes(atlas.data()));
        byte[] before = Files.readAllBytes(real);
        Path link = Files.createSymbolicLink(dir.resolve("onderwijsregios.json"), real);

        RegionFileStore.track(link).save(withDeventer());

        assertTrue(Files.isSymbolicLink(link), "the link on the desktop is still a link");
        assertTrue(new RegionFileReader().read(real, null).regions().get(0).hasMember(EditFixture.DEVENTER),
                "the shared file itself holds Deventer");
        assertArrayEquals(before, Files.readAllBytes(AtomicFile.backupOf(real)), "the backup lies beside the real file");
        assertFalse(Files.exists(AtomicFile.backupOf(link)));
        assertTrue(leftovers().isEmpty());
    }

    @Test
    void aSavedFileKeepsThePermissionsOfTheOneItReplaces() throws Exception {
        Path file = writeOriginal();
        var shared = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, shared);
        RegionFileStore.track(file).save(withDeventer());
        assertEquals(shared, Files.getPosixFilePermissions(file));
    }

    @Test
    void anExistingReadableFileAndItsBackupStayReadableForColleagues() throws Exception {
        Path file = writeOriginal();
        var ordinary = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(file, ordinary);
        RegionFileStore.track(file).save(withDeventer());
        assertEquals(ordinary, Files.getPosixFilePermissions(file));
        assertEquals(ordinary, Files.getPosixFilePermissions(AtomicFile.backupOf(file)));
    }

    @Test
    void aNewFileIsAnOrdinaryFileNotAnOwnerOnlyTemporaryOne() throws Exception {
        Path file = dir.resolve("nieuw").resolve("onderwijsregios.json");
        AtomicFile.write(file, out -> out.write(new RegionFileWriter().toBytes(atlas.data())));
        var permissions = Files.getPosixFilePermissions(file);
        assertTrue(permissions.contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ));
        assertTrue(permissions.contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE));
        // The umask may take group/other bits away, never add them beyond rw-r--r--.
        assertTrue(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--").containsAll(permissions));
        if (umaskAllowsOthersToRead()) {
            assertTrue(permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ), permissions.toString());
        }
        assertFalse(Files.exists(AtomicFile.backupOf(file)), "nothing to back up");
        assertTrue(leftovers().isEmpty());
    }

    /** What a plain new file gets here, to tell our own restriction from the user's umask. */
    private boolean umaskAllowsOthersToRead() throws IOException {
        Path probe = Files.createFile(dir.resolve("probe"),
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--")));
        boolean readable = Files.getPosixFilePermissions(probe).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
        Files.delete(probe);
        return readable;
    }

    @Test
    void aSaveIsRefusedWhenAColleagueChangedTheFile() throws Exception {
        Path file = writeOriginal();
        RegionFileStore store = RegionFileStore.track(file);
        RegionData theirs = Edits.deleteRegion(atlas, "noord-limburg", null).apply(atlas).data();
        Files.write(file, new RegionFileWriter().toBytes(theirs));
        byte[] colleague = Files.readAllBytes(file);

        assertTrue(store.changedOnDisk());
        assertThrows(FileChangedException.class, () -> store.save(withDeventer()));
        assertArrayEquals(colleague, Files.readAllBytes(file), "their version is not overwritten");

        List<RegionDiff.Line> diff = RegionDiff.between(withDeventer(), store.readOnDisk().data(), c -> c);
        assertEquals(List.of("editor.diff.regionRemoved", "editor.diff.memberRemoved"),
                diff.stream().map(l -> l.text().key()).toList());

        Path mine = dir.resolve("onderwijsregios-mijn-versie.json");
        store.saveAs(mine, withDeventer());
        assertEquals(mine, store.file());
        assertArrayEquals(colleague, Files.readAllBytes(file));
        assertTrue(new RegionFileReader().read(mine, null).regions().get(0).hasMember(EditFixture.DEVENTER));
    }

    @Test
    void reloadingTakesTheColleaguesVersionAndAllowsSavingAgain() throws Exception {
        Path file = writeOriginal();
        RegionFileStore store = RegionFileStore.track(file);
        Files.writeString(file, new String(new RegionFileWriter().toBytes(withDeventer()), StandardCharsets.UTF_8));
        RegionData theirs = store.reload(null);
        assertTrue(theirs.regions().get(0).hasMember(EditFixture.DEVENTER));
        store.save(atlas.data());
        assertFalse(store.changedOnDisk());
    }

    @Test
    void aDeletedFileIsToldAsGoneAndCanBeSavedAgainWhereItWas() throws Exception {
        Path file = writeOriginal();
        RegionFileStore store = RegionFileStore.track(file);
        Files.delete(file);

        FileChangedException e = assertThrows(FileChangedException.class, () -> store.save(withDeventer()));
        assertTrue(e.gone(), "no other version to compare with: the file is not there");
        assertFalse(Files.exists(file), "not written back without being asked");

        store.saveAgain(withDeventer());
        assertTrue(new RegionFileReader().read(file, null).regions().get(0).hasMember(EditFixture.DEVENTER));
        assertFalse(store.changedOnDisk(), "tracked from then on");
    }

    @Test
    void aFilePutBackBeforeSavingAgainIsNotOverwritten() throws Exception {
        Path file = writeOriginal();
        RegionFileStore store = RegionFileStore.track(file);
        Files.delete(file);
        RegionData theirs = Edits.deleteRegion(atlas, "noord-limburg", null).apply(atlas).data();
        Files.write(file, new RegionFileWriter().toBytes(theirs));
        byte[] putBack = Files.readAllBytes(file);

        FileChangedException e = assertThrows(FileChangedException.class, () -> store.saveAgain(withDeventer()));
        assertFalse(e.gone());
        assertArrayEquals(putBack, Files.readAllBytes(file));
    }

    @Test
    void aFileChangedByAColleagueIsNotToldAsGone() throws Exception {
        Path file = writeOriginal();
        RegionFileStore store = RegionFileStore.track(file);
        Files.write(file, new RegionFileWriter().toBytes(withDeventer()));
        assertFalse(assertThrows(FileChangedException.class, () -> store.save(atlas.data())).gone());
    }

    @Test
    void aMergeIsSavedOverTheColleaguesVersionItWasMadeWithAndNeverOverANewerOne() throws Exception {
        Path file = writeOriginal();
        RegionFileStore store = RegionFileStore.track(file);
        Atlas theirs = Edits.addMembers(atlas, "noord-holland-noord", List.of(EditFixture.BERGEN_NH), null).apply(atlas);
        Files.write(file, new RegionFileWriter().toBytes(theirs.data()));
        RegionFileStore.OnDisk read = store.readOnDisk();
        assertEquals(theirs.data(), read.data());
        Atlas newer = Edits.rename(theirs, "noord-limburg", "Venlo en omgeving", null).apply(theirs);
        Files.write(file, new RegionFileWriter().toBytes(newer.data()));
        byte[] newerBytes = Files.readAllBytes(file);

        assertThrows(FileChangedException.class, () -> store.saveOver(read, withDeventer()),
                "saved again while the merge was made: that newer version is not overwritten");
        assertArrayEquals(newerBytes, Files.readAllBytes(file));

        RegionFileStore.OnDisk again = store.readOnDisk();
        store.saveOver(again, withDeventer());
        assertEquals(withDeventer(), new RegionFileReader().read(file, null));
        assertFalse(store.changedOnDisk(), "what was written is tracked from then on");
    }
}
