package nl.onderwijsregio.atlas.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

/**
 * The core (model, loading, geometry, validation, editing, rendering onto an abstract surface) must
 * run in the CLI and in plain tests, so it may not depend on JavaFX or on the UI layer.
 */
class CorePurityTest {

    @Test
    void coreDoesNotTouchJavaFx() {
        noClasses().that().resideInAPackage("nl.onderwijsregio.atlas.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..")
                .check(AtlasClasses.SHIPPED);
    }

    @Test
    void coreDoesNotKnowTheUiOrTheCli() {
        noClasses().that().resideInAPackage("nl.onderwijsregio.atlas.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "nl.onderwijsregio.atlas.ui..", "nl.onderwijsregio.atlas.cli..")
                .check(AtlasClasses.SHIPPED);
    }

    @Test
    void theCommandLineRunsWithoutJavaFx() {
        noClasses().that().resideInAPackage("nl.onderwijsregio.atlas.cli..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "com.gluonhq..", "nl.onderwijsregio.atlas.ui..")
                .check(AtlasClasses.SHIPPED);
    }
}
