package nl.onderwijsregio.atlas.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core (model, loading, geometry, validation, editing, rendering onto an abstract surface) must
 * run in the CLI and in plain tests, so it may not depend on JavaFX or on the UI layer.
 */
class CorePurityTest {

    private static JavaClasses atlas;

    @BeforeAll
    static void importClasses() {
        atlas = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.onderwijsregio.atlas");
    }

    @Test
    void coreDoesNotTouchJavaFx() {
        noClasses().that().resideInAPackage("nl.onderwijsregio.atlas.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..")
                .check(atlas);
    }

    @Test
    void coreDoesNotKnowTheUiOrTheCli() {
        noClasses().that().resideInAPackage("nl.onderwijsregio.atlas.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "nl.onderwijsregio.atlas.ui..", "nl.onderwijsregio.atlas.cli..")
                .check(atlas);
    }

    @Test
    void theCommandLineRunsWithoutJavaFx() {
        noClasses().that().resideInAPackage("nl.onderwijsregio.atlas.cli..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "com.gluonhq..", "nl.onderwijsregio.atlas.ui..")
                .check(atlas);
    }
}
