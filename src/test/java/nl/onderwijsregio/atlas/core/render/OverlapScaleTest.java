package nl.onderwijsregio.atlas.core.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The overlap view colours a municipality by how many regions cover it. Most of the country is
 * covered once, so that colour must not read as water; a gap must alarm; more cover is darker.
 */
class OverlapScaleTest {

    private static final List<MapStyle> STYLES = List.of(MapStyle.light(), MapStyle.dark());

    @Test
    void noCoverCountPassesForTheSeaOrANeighbouringCountryInAnyStyle() {
        for (MapStyle style : STYLES) {
            for (int count = 0; count <= 3; count++) {
                Rgb fill = RegionPalette.cover(count);
                double fromSea = contrast(fill, style.sea());
                double fromAbroad = contrast(fill, style.foreignLand());
                assertTrue(fromSea >= 1.6 && fromAbroad >= 1.6, count + " regions " + fill + " vs sea " + fromSea
                        + ", vs neighbouring country " + fromAbroad + " in " + style);
            }
        }
    }

    @Test
    void oneTwoAndThreeOrMoreRegionsGetDarkerAndFourLooksLikeThree() {
        double one = RegionPalette.cover(1).luminance();
        double two = RegionPalette.cover(2).luminance();
        double three = RegionPalette.cover(3).luminance();
        assertTrue(one > two * 1.3 && two > three * 1.3, "luminance 1: " + one + ", 2: " + two + ", 3+: " + three);
        assertTrue(RegionPalette.cover(4).equals(RegionPalette.cover(3)), "3 or more is one class");
    }

    @Test
    void aGapIsOrangeAgainstThePurpleOfCoveredMunicipalities() {
        Rgb gap = RegionPalette.cover(0);
        assertTrue(gap.r() > 200 && gap.r() > gap.g() + 80 && gap.b() < 60, "a strong orange: " + gap);
        for (int count = 1; count <= 3; count++) {
            Rgb c = RegionPalette.cover(count);
            // blue over green tells purple from orange for red-green colour-blind readers too
            assertTrue(c.b() > c.g() + 30 && c.b() > c.r(), count + " regions: a purple, " + c);
        }
    }

    /** WCAG contrast ratio of two colours (1 = identical lightness, 21 = black on white). */
    private static double contrast(Rgb a, Rgb b) {
        double la = a.luminance();
        double lb = b.luminance();
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
