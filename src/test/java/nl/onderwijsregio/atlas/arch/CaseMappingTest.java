package nl.onderwijsregio.atlas.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lower- and upper-casing without a locale follows the machine's: on a Turkish system "INFO" becomes
 * "ınfo", and a style class, a bundle key ("table.view.natıonal") or a file extension no longer matches.
 * Every case mapping therefore names its locale.
 */
class CaseMappingTest {

    private static JavaClasses atlas;

    @BeforeAll
    static void importClasses() {
        atlas = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.onderwijsregio.atlas");
    }

    @Test
    void noCaseMappingDependsOnTheMachinesLocale() {
        noClasses().should().callMethod(String.class, "toLowerCase")
                .orShould().callMethod(String.class, "toUpperCase")
                .check(atlas);
    }
}
