package nl.onderwijsregio.atlas.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The shipped classes, read once for every architecture rule: reading them takes seconds. */
final class AtlasClasses {

    static final JavaClasses SHIPPED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.onderwijsregio.atlas");

    private AtlasClasses() {
    }
}
