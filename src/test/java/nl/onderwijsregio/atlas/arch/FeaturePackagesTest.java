package nl.onderwijsregio.atlas.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

/**
 * The UI's areas (detail, table, themes, map, ...) lean on each other in one direction at most: what two of
 * them share (the summary of the atlas, a case card) lives where both can reach it, and each feature is
 * installed by the app, not by another feature.
 */
class FeaturePackagesTest {

    @Test
    void theUisAreasHaveNoCycles() {
        // Known and left for now: the settings install the first-run tour, which remembers in the preferences
        // that it was shown.
        slices().matching("nl.onderwijsregio.atlas.ui.(*)..").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("..ui.firstrun.."), resideInAPackage("..ui.prefs.."))
                .check(AtlasClasses.SHIPPED);
    }
}
