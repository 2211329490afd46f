package nl.onderwijsregio.atlas.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

/** Exports offer and keep file names in one convention, whatever the computer's language. */
class ExportFileNameTest {

    @Test
    void theSectorsRegionsAreNamedWithAHyphenBeforeTheSector() {
        assertEquals("onderwijsregios-mbo.geojson", ExportFileName.ofSector(Sector.MBO, "geojson"));
    }

    @Test
    void aNameTypedWithoutTheExtensionGetsItAndOneInCapitalsKeepsIt() {
        assertEquals(Path.of("/kaarten/zwolle.svg"), ExportFileName.withExtension(Path.of("/kaarten/zwolle"), "svg"));
        assertEquals(Path.of("/kaarten/ZWOLLE.SVG"), ExportFileName.withExtension(Path.of("/kaarten/ZWOLLE.SVG"), "svg"));
    }

    /** In Turkish "TIFF".toLowerCase() is "tıff", with a dotless ı: the name would get a second extension. */
    @Test
    void onATurkishComputerACapitalIStillMatchesItsExtension() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(Path.of("/kaarten/LIMBURG.TIFF"),
                    ExportFileName.withExtension(Path.of("/kaarten/LIMBURG.TIFF"), "tiff"));
            assertEquals("onderwijsregios-vo.pdf", ExportFileName.ofSector(Sector.VO, "pdf"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
