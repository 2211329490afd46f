package nl.onderwijsregio.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.EnumSet;
import java.util.Set;
import nl.onderwijsregio.atlas.core.model.KeyFigures;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.text.Language;
import org.junit.jupiter.api.Test;

/** One rule for the names of exported pictures: the sector first, the region by the name its audience knows. */
class ExportNamesTest {

    private static final Region ZWOLLE = region("zwolle-en-omgeving", "Zwolle en omgeving",
            Set.of(Sector.VO));
    private static final Region ZEELAND = region("zeeland", "Zeeuwse Onderwijsregio",
            Set.of(Sector.MBO));

    private static Region region(String id, String name, Set<Sector> sectors) {
        return new Region(id, name, name, EnumSet.copyOf(sectors), Scope.REGIONAL, false, null, KeyFigures.none(),
                List.of(), List.of(), List.of());
    }

    @Test
    void zwolleEnOmgevingsSinglePictureAndItsSlideBothNameTheSectorFirst() {
        assertEquals("vo-zwolle-en-omgeving.png", ExportNames.file(ExportNames.ofRegion(Sector.VO, ZWOLLE), "png"));
        assertEquals("vo-03-zwolle-en-omgeving.png", RegionSlides.fileName(Sector.VO, 3, 25, ZWOLLE, ExportFormat.PNG));
    }

    @Test
    void theZeelandSlideIsNamedAfterTheZeeuwseOnderwijsregioNotAfterItsId() {
        assertEquals("mbo-19-zeeuwse-onderwijsregio.svg", RegionSlides.fileName(Sector.MBO, 19, 20, ZEELAND,
                ExportFormat.SVG));
    }

    @Test
    void accentsAndSignsInANameBecomePlainLettersAndHyphensWhateverTheComputersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            Region fryslan = region("fryslan", "Fryslân & Noordelijk IJsselmeer", Set.of(Sector.PO));
            assertEquals("po-fryslan-noordelijk-ijsselmeer", ExportNames.ofRegion(Sector.PO, fryslan));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theWholeSectorAt4KCarriesItsSize() {
        assertEquals("onderwijsregios-vo", ExportNames.ofSector(Sector.VO, Language.DUTCH));
        assertEquals("onderwijsregios-vo-3840x2160.png",
                ExportNames.file(ExportNames.sized(ExportNames.ofSector(Sector.VO, Language.DUTCH), 3840, 2160), "png"));
    }

    /** An English reader's map and table are named alike in English, as a Dutch reader's are in Dutch. */
    @Test
    void theSectorsMapAndTheTableAreNamedAfterAllRegionsInTheReadersLanguage() {
        assertEquals("education-regions-vo-1600x1080.png",
                ExportNames.file(ExportNames.sized(ExportNames.ofSector(Sector.VO, Language.ENGLISH), 1600, 1080), "png"));
        assertEquals("education-regions-table.csv", ExportNames.file(ExportNames.ofTable(Language.ENGLISH), "csv"));
        assertEquals("onderwijsregios-vo.png", ExportNames.file(ExportNames.ofSector(Sector.VO, Language.DUTCH), "png"));
        assertEquals("onderwijsregios-tabel.csv", ExportNames.file(ExportNames.ofTable(Language.DUTCH), "csv"));
    }
}
