package nl.onderwijsregio.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A slide per MBO region, numbered in order; cancelling stops after the slide under way. */
class RegionSlidesTest {

    private static Atlas atlas;
    private static RegionMaps maps;
    private static RegionSlides slides;
    private static List<Region> mboRegions;

    @BeforeAll
    static void load() throws Exception {
        atlas = TestData.bundledAtlas();
        maps = TestData.bundledMaps();
        slides = deck(Sector.MBO);
        mboRegions = maps.layer(Sector.MBO).regions();
    }

    private static RegionSlides deck(Sector sector) {
        return new RegionSlides(new MapPainter(MapGeometry.of(atlas)), MapScene.of(maps, sector), 480, 270,
                r -> ExportPictures.caption(r, Locale.forLanguageTag("nl"), f -> f.name(), r.memberCodes().size() + " gemeenten"),
                sector.name(), ExportTexts.credit(Locale.ENGLISH));
    }

    @Test
    void writesOneNumberedPictureAtTheAskedSizePerRegion(@TempDir Path dir) throws Exception {
        List<Region> three = mboRegions.subList(0, 3);
        AtomicInteger reported = new AtomicInteger();
        List<Path> files = slides.write(three, dir, ExportFormat.PNG, false, () -> false,
                (done, total, file) -> reported.set(done));

        assertEquals(3, files.size());
        assertEquals(3, reported.get());
        assertEquals(RegionSlides.fileName(Sector.MBO, 1, 3, three.get(0), ExportFormat.PNG),
                files.get(0).getFileName().toString());
        assertTrue(files.get(0).getFileName().toString().startsWith("mbo-1-"));
        BufferedImage img = ImageIO.read(files.get(2).toFile());
        assertEquals(480, img.getWidth());
        assertEquals(270, img.getHeight());
    }

    @Test
    void cancellingStopsBeforeTheNextSlideAndKeepsTheWrittenOnes(@TempDir Path dir) throws Exception {
        AtomicInteger done = new AtomicInteger();
        List<Path> files = slides.write(mboRegions, dir, ExportFormat.SVG, false, () -> done.get() >= 2,
                (count, total, file) -> done.set(count));

        assertEquals(2, files.size());
        try (var listing = Files.list(dir)) {
            assertEquals(2, listing.count());
        }
    }

    @Test
    void landelijkGroenOnderwijsHasTheWholeCountryBesideItsCardAndIsCalledNational() throws Exception {
        Atlas atlas = TestData.bundledAtlas();
        Region groen = atlas.region("landelijk-groen-onderwijs").orElseThrow();
        assertEquals(-1, ExportPictures.territoryCount(groen), "worded as national, not as 'geen gemeenten'");
        MapGeometry geometry = MapGeometry.of(atlas);
        Caption card = ExportPictures.caption(groen, Locale.forLanguageTag("nl"), f -> f.name(), "landelijk");
        MapPicture slide = ExportPictures.regionSpotlight(new MapPainter(geometry),
                MapScene.of(TestData.bundledMaps(), Sector.MBO), groen, 1920, 1080, card, 1);
        double countryLeft = slide.viewport().x(geometry.bounds().getMinX());
        assertTrue(countryLeft >= MapPicture.captionSpace(card, 1920, 1080, 1) - 1,
                "the country starts right of the card, at " + countryLeft);
    }

    @Test
    void fileNamesNameTheSectorAndSortInTalkOrder() {
        Region zeeland = atlas.region("zeeland").orElseThrow();
        assertEquals("mbo-07-zeeuwse-onderwijsregio.pdf", RegionSlides.fileName(Sector.MBO, 7, 42, zeeland,
                ExportFormat.PDF), "after the name the audience knows, not the id");
    }

    @Test
    void theVoAndPoSlidesOfAmsterdamInOneFolderAreTwoFilesAndOnlyTheSameSectorsDeckWouldReplaceOne(@TempDir Path dir)
            throws Exception {
        List<Region> amsterdam = List.of(atlas.region("amsterdam").orElseThrow());
        RegionSlides vo = deck(Sector.VO);
        RegionSlides po = deck(Sector.PO);
        List<Path> voSlides = vo.write(amsterdam, dir, ExportFormat.PNG, false, () -> false, (n, total, file) -> { });
        assertEquals(List.of(), po.existing(amsterdam, dir, ExportFormat.PNG), "a PO deck replaces no VO slide");
        assertEquals(voSlides, vo.existing(amsterdam, dir, ExportFormat.PNG), "a second VO deck would replace it");

        po.write(amsterdam, dir, ExportFormat.PNG, false, () -> false, (n, total, file) -> { });
        try (var listing = Files.list(dir)) {
            assertEquals(List.of("po-1-amsterdam.png", "vo-1-amsterdam.png"),
                    listing.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }
}
