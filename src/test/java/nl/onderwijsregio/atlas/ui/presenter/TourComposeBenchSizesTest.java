package nl.onderwijsregio.atlas.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The presenter's compose benchmark measures the screens it is told, as a 1440p or 4K hall has them. */
class TourComposeBenchSizesTest {

    @Test
    void aSizeIsWidthByHeightAndSeveralAreSeparatedByCommas() {
        List<int[]> sizes = TourComposeBench.sizes("1920x1080, 2560X1440,3840x2160");
        assertEquals(3, sizes.size());
        assertArrayEquals(new int[] {1920, 1080}, sizes.get(0));
        assertArrayEquals(new int[] {2560, 1440}, sizes.get(1));
        assertArrayEquals(new int[] {3840, 2160}, sizes.get(2));
    }

    @Test
    void aSizeThatIsNoneIsRefusedNamingTheProperty() {
        for (String wrong : List.of("2560", "2560x", "0x1440", "4k", "1920x1080x2")) {
            var e = assertThrows(IllegalArgumentException.class, () -> TourComposeBench.sizes(wrong), wrong);
            assertTrue(e.getMessage().startsWith("atlas.bench.presenterSize: \"" + wrong + "\""), e.getMessage());
        }
    }
}
