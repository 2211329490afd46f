package nl.onderwijsregio.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onderwijsregio.atlas.core.check.Validator;
import nl.onderwijsregio.atlas.core.data.TestData;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.core.summary.FigureCaveats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a region's slide says on its caption card besides the figures, read from the SVG's text. */
class SlideCaptionTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static Atlas atlas;
    private static RegionMaps maps;
    private static MapPainter painter;
    private static Map<String, List<String>> doubts;

    @BeforeAll
    static void load() throws Exception {
        atlas = TestData.bundledAtlas();
        maps = TestData.bundledMaps();
        painter = new MapPainter(MapGeometry.of(atlas));
        doubts = FigureCaveats.doubtsByRegion(atlas.regions(), new Validator().validate(atlas), DUTCH);
    }

    private static RegionSlides deck(Sector sector, Locale locale) {
        return deck(sector, locale, 1280, 720);
    }

    private static RegionSlides deck(Sector sector, Locale locale, int width, int height) {
        return new RegionSlides(painter, MapScene.of(maps, sector), width, height,
                r -> ExportPictures.caption(r, MapScene.of(maps, sector), doubts.getOrDefault(r.id(), List.of()), locale),
                sector.name(), ExportTexts.credit(locale));
    }

    /** The card's texts as the SVG writes them, line after line, joined by spaces. */
    private static String cardText(RegionSlides deck, Region region) {
        String svg = MapExporter.svg(deck.slide(region), false);
        String card = svg.substring(svg.indexOf("<g id=\"caption\""), svg.indexOf("</g>", svg.indexOf("<g id=\"caption\"")));
        StringBuilder text = new StringBuilder();
        Matcher m = Pattern.compile(">([^<]*)</text>").matcher(card);
        while (m.find()) {
            text.append(m.group(1)).append(' ');
        }
        return text.toString().trim();
    }

    private static Region region(String id) {
        return atlas.region(id).orElseThrow();
    }

    @Test
    void rijkVanNijmegensSlideSaysItsFiguresAreThoseOfRondBommelEnDommel() {
        String card = cardText(deck(Sector.PO, DUTCH), region("rijk-van-nijmegen"));
        assertTrue(card.contains("32.646 Leerlingen en studenten"), card);
        assertTrue(card.contains("⚠ Rijk van Nijmegen heeft dezelfde kerncijfers als Rond Bommel en Dommel."), card);
    }

    @Test
    void leidenDuinEnBollenstreeksMboSlideSaysItServesMboButNamesNoMboInstitution() {
        String card = cardText(deck(Sector.MBO, DUTCH), region("leiden-duin-bollenstreek-vo-mbo"));
        assertTrue(card.contains("⚠ Leiden, Duin- en Bollenstreek (vo/mbo) bedient MBO, maar noemt 0 aangesloten"
                + " mbo-instellingen."), card);
    }

    @Test
    void aRegionMadeInTheAtlasSaysOnItsSlideThatItsFiguresWereEnteredThereNotPublished() {
        Region zwolle = region("zwolle-en-omgeving");
        Region madeHere = new Region("vechtdal-testregio", "Vechtdal Testregio", null, zwolle.sectors(), zwolle.scope(),
                false, null, zwolle.keyFigures(), zwolle.members(), List.of(), List.of());
        assertTrue(cardText(deck(Sector.VO, DUTCH), madeHere).contains(
                "✎ Cijfers ingevoerd in de atlas, niet uit „Regionale samenwerking werkt”"));
        assertTrue(cardText(deck(Sector.VO, Locale.ENGLISH), madeHere).contains(
                "✎ Figures entered in the atlas, not from “Regionale samenwerking werkt”"));
        assertFalse(cardText(deck(Sector.VO, DUTCH), zwolle).contains("ingevoerd"));
    }

    @Test
    void zwolleEnOmgevingsFiguresRaiseNoDoubtSoItsSlideHasNoWarning() {
        String card = cardText(deck(Sector.VO, DUTCH), region("zwolle-en-omgeving"));
        assertTrue(card.contains("Zwolle en omgeving"), card);
        assertFalse(card.contains("⚠"), card);
    }

    @Test
    void aFigureTheCardDoesNotPrintIsOnbekendOnTheSlideNeitherLeftOutNorZero() {
        Region zwolle = region("zwolle-en-omgeving");
        Region withoutTrainers = zwolle.withKeyFigures(zwolle.keyFigures().with(KeyFigure.OPLEIDERS, null));
        String card = cardText(deck(Sector.VO, DUTCH), withoutTrainers);
        assertTrue(card.contains("onbekend Aangesloten opleiders"), card);
        assertFalse(card.contains("0 Aangesloten opleiders"), card);
    }

    @Test
    void inEnglishTheAbsentFigureIsUnknown() {
        Region zwolle = region("zwolle-en-omgeving");
        Region withoutPupils = zwolle.withKeyFigures(zwolle.keyFigures().with(KeyFigure.LEERLINGEN_STUDENTEN, null));
        String card = cardText(deck(Sector.VO, Locale.ENGLISH), withoutPupils);
        assertTrue(card.contains("unknown Pupils and students"), card);
    }

    @Test
    void zwolleEnOmgevingStripedWhereItSharesMunicipalitiesHasTheKeyToTheStripesOnItsSlide() {
        String card = cardText(deck(Sector.VO, DUTCH), region("zwolle-en-omgeving"));
        assertTrue(card.endsWith("Gestreept: gemeente in meer regio’s"), card);
    }

    @Test
    void leidenDuinEnBollenstreekStripedAllOverOnTheMboMapHasTheKeyInEnglishToo() {
        String card = cardText(deck(Sector.MBO, Locale.ENGLISH), region("leiden-duin-bollenstreek-vo-mbo"));
        assertTrue(card.endsWith(ExportPictures.stripesKey(MapScene.of(maps, Sector.MBO), Locale.ENGLISH).label()), card);
    }

    @Test
    void onASmall480By270SlideLeidenKeepsItsFiguresAndTheirDoubtAndLeavesOutTheKeyToTheStripes() {
        MapPicture slide = deck(Sector.MBO, DUTCH, 480, 270).slide(region("leiden-duin-bollenstreek-vo-mbo"));
        assertTrue(slide.leftOut().isEmpty(), "the card is drawn: " + slide.leftOut());
        String card = cardText(deck(Sector.MBO, DUTCH, 480, 270), region("leiden-duin-bollenstreek-vo-mbo"));
        assertTrue(card.contains("24.126 Leerlingen en studenten") && card.contains("⚠ Leiden"), card);
        assertFalse(card.contains("Gestreept"), card);
    }

    @Test
    void rijkVanNijmegenWithNoMunicipalityInAnotherPoRegionHasNoKeyToStripesItDoesNotHave() {
        String card = cardText(deck(Sector.PO, DUTCH), region("rijk-van-nijmegen"));
        assertFalse(card.contains("Gestreept"), card);
    }

    @Test
    void inTheVoDeckFrieslandNoordelijkFlevolandAndMiddenEnWestBrabantHaveTheirNamesInOneSize() {
        RegionSlides vo = deck(Sector.VO, DUTCH);
        Region friesland = region("friesland-noordelijk-flevoland");
        Region brabant = region("midden-west-brabant");
        assertTrue(headingSize(vo.slide(friesland)) < headingSize(vo.slide(brabant)),
                "each on its own, the longer name is set smaller");

        List<Region> order = maps.layer(Sector.VO).regions();
        List<MapPicture> slides = vo.deck(order);
        assertEquals(headingSize(slides.get(order.indexOf(brabant))), headingSize(slides.get(order.indexOf(friesland))),
                "in the deck both in the size the longest name needs");
    }

    /** The font size of the first line of the card's name, as the SVG writes it. */
    private static double headingSize(MapPicture slide) {
        String svg = MapExporter.svg(slide, false);
        Matcher m = Pattern.compile("<text[^>]*font-size=\"([0-9.]+)\"").matcher(svg.substring(svg.indexOf("<g id=\"caption\"")));
        assertTrue(m.find(), "the card has text");
        return Double.parseDouble(m.group(1));
    }
}
