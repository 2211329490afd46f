package nl.onderwijsregio.atlas.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

/**
 * Lower- and upper-casing without a locale follows the machine's: on a Turkish system "INFO" becomes
 * "ınfo", and a style class, a bundle key ("table.view.natıonal") or a file extension no longer matches.
 * Every case mapping therefore names its locale.
 */
class CaseMappingTest {

    @Test
    void noCaseMappingDependsOnTheMachinesLocale() {
        noClasses().should().callMethod(String.class, "toLowerCase")
                .orShould().callMethod(String.class, "toUpperCase")
                .check(AtlasClasses.SHIPPED);
    }
}
