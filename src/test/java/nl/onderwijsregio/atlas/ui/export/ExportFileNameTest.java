package nl.onderwijsregio.atlas.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.export.ExportFormat;
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

    @Test
    void aMapTypedAsZwolleWithPngChosenIsZwollePngAndTheAtlasMustAskBeforeReplacingOne() {
        ExportFileName.Target target = ExportFileName.target(Path.of("/kaarten/zwolle"), ExportFormat.PNG);

        assertEquals(Path.of("/kaarten/zwolle.png"), target.file());
        assertEquals(ExportFormat.PNG, target.format());
        assertTrue(target.extensionAdded(), "the file dialog asked about /kaarten/zwolle, not about zwolle.png");
    }

    @Test
    void aMapTypedAsKaartSvgWithPngChosenIsTheSvgItNamesNotKaartSvgPng() {
        ExportFileName.Target target = ExportFileName.target(Path.of("/kaarten/Kaart.SVG"), ExportFormat.PNG);

        assertEquals(Path.of("/kaarten/Kaart.SVG"), target.file());
        assertEquals(ExportFormat.SVG, target.format());
        assertFalse(target.extensionAdded(), "the file dialog asked already, about this very name");
    }

    @Test
    void aNameWithADotOfItsOwnStillGetsTheChosenExtension() {
        ExportFileName.Target target = ExportFileName.target(Path.of("/kaarten/vo.2026"), ExportFormat.PDF);

        assertEquals(Path.of("/kaarten/vo.2026.pdf"), target.file());
        assertEquals(ExportFormat.PDF, target.format());
    }
}
