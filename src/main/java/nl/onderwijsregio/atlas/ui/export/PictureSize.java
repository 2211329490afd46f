package nl.onderwijsregio.atlas.ui.export;

import java.util.List;
import nl.onderwijsregio.atlas.core.export.MapPicture;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The size of a map export: the window's size times 1, 2 or 4, a slide size, or a width × height the
 * user types ({@link #CUSTOM} stands for that choice in a list until the numbers are known).
 */
record PictureSize(int factor, int width, int height) {

    static final PictureSize WINDOW_1 = new PictureSize(1, 0, 0);
    static final PictureSize WINDOW_2 = new PictureSize(2, 0, 0);
    static final PictureSize WINDOW_4 = new PictureSize(4, 0, 0);
    static final PictureSize FULL_HD = fixed(1920, 1080);
    static final PictureSize UHD = fixed(3840, 2160);
    static final PictureSize CUSTOM = new PictureSize(0, 0, 0);
    /** The smallest and largest side a typed size may have: below, nothing is legible; above, one image no longer fits in memory. */
    static final int MIN_SIDE = 64;
    static final int MAX_SIDE = MapPicture.MAX_SIDE;

    static PictureSize fixed(int width, int height) {
        return new PictureSize(0, width, height);
    }

    /** The choices a map export offers, in the order shown. */
    static List<PictureSize> choices() {
        return List.of(WINDOW_1, WINDOW_2, WINDOW_4, FULL_HD, UHD, CUSTOM);
    }

    /** The picture at this size; the same part of the map either way. */
    MapPicture apply(MapPicture picture) {
        return factor > 0 ? picture.scaled(factor) : picture.resizedTo(width, height);
    }

    /**
     * As the list shows it: a size of the window with the pixels it makes of the window's map, {@code shownWidth} ×
     * {@code shownHeight}. On a screen at 200 % "×1" has half the screen's pixels, which only the numbers tell.
     */
    String label(int shownWidth, int shownHeight) {
        return factor > 0 && shownWidth > 0 && shownHeight > 0
                ? Messages.t("export.size.window.pixels", factor, shownWidth * factor, shownHeight * factor)
                : toString();
    }

    @Override
    public String toString() {
        if (equals(CUSTOM)) {
            return Messages.t("export.size.custom");
        }
        return factor > 0 ? Messages.t("export.size.window", factor) : Messages.t("export.size.fixed", width, height);
    }
}
