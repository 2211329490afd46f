package nl.onderwijsregio.atlas.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;

/**
 * A slide deck's worth of pictures: one per region of a sector, the region spotlighted with its key
 * figures as caption, numbered in the order given (e.g. north to south) so the files sort like the
 * talk. Pictures are drawn one at a time, so a deck of fifty 4K slides never sits in memory at once.
 */
public final class RegionSlides {

    /** Told after each written slide: how many are done, of how many, and the last file. */
    public interface Progress {
        void done(int count, int total, Path file);
    }

    private final MapPainter painter;
    private final MapScene scene;
    private final int width;
    private final int height;
    private final Function<Region, Caption> caption;
    private final String title;
    private final String credit;

    /**
     * @param caption the caption of each region's slide
     * @param title   drawn top left on every slide, or null
     * @param credit  the source credit in the deck's language
     */
    public RegionSlides(MapPainter painter, MapScene scene, int width, int height, Function<Region, Caption> caption,
                        String title, String credit) {
        this.credit = credit;
        this.painter = painter;
        this.scene = scene;
        this.width = width;
        this.height = height;
        this.caption = caption;
        this.title = title;
    }

    /** The picture of one region's slide, as on its own. */
    public MapPicture slide(Region region) {
        return slide(region, caption.apply(region));
    }

    /** The picture of one region's slide with {@code card}. */
    private MapPicture slide(Region region, Caption card) {
        return ExportPictures.regionSpotlight(painter, scene.withPixelScale(MapPicture.lineScaleFor(width, height)),
                region, width, height, card, MapPicture.overlayScaleFor(width, height))
                .withTitle(title).withCredit(credit);
    }

    /**
     * The slides of {@code regions} as a deck: every card's name in the size the longest name needs, so a name does
     * not shrink or grow from one slide to the next ("Friesland Noordelijk Flevoland" beside "Midden- en
     * West-Brabant", both on two lines).
     */
    public List<MapPicture> deck(List<Region> regions) {
        List<Caption> cards = regions.stream().map(caption).toList();
        int step = Caption.headingStep(cards.stream().map(Caption::heading).toList());
        List<MapPicture> slides = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            slides.add(slide(regions.get(i), cards.get(i).withHeadingStep(step)));
        }
        return slides;
    }

    /**
     * File name of slide {@code number} (1-based) of {@code total} in a deck of {@code sector}:
     * "vo-03-zwolle-en-omgeving.png" ({@link ExportNames#ofSlide}). The sector keeps the decks of two sectors in one
     * folder apart, and the number after it sorts each deck in the order of the talk.
     */
    public static String fileName(Sector sector, int number, int total, Region region, ExportFormat format) {
        return ExportNames.file(ExportNames.ofSlide(sector, number, total, region), format.extension());
    }

    /**
     * The regions of the deck's sector without territory that {@code regions} leave out (national ones, and any
     * without municipalities yet): a deck in the talk's order has no slide for them, and should say so.
     */
    public List<Region> withoutSlide(List<Region> regions) {
        return scene.layer() == null ? List.of()
                : scene.layer().withoutTerritory().stream().filter(r -> !regions.contains(r)).toList();
    }

    /** The files a deck of {@code regions} takes in {@code folder}, in order. */
    public List<Path> files(List<Region> regions, Path folder, ExportFormat format) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            files.add(folder.resolve(fileName(scene.sector(), i + 1, regions.size(), regions.get(i), format)));
        }
        return files;
    }

    /** Those of the deck's {@link #files} that are in {@code folder} already, which writing it would replace. */
    public List<Path> existing(List<Region> regions, Path folder, ExportFormat format) {
        return files(regions, folder, format).stream().filter(Files::exists).toList();
    }

    /**
     * Writes a slide per region into {@code folder}, in order, until done or {@code cancelled} says
     * stop (checked before each slide; slides already written stay). Returns the files written.
     */
    public List<Path> write(List<Region> regions, Path folder, ExportFormat format, boolean transparent,
                            BooleanSupplier cancelled, Progress progress) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = files(regions, folder, format);
        List<MapPicture> slides = deck(regions);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            MapExporter.write(slides.get(i), format, transparent, files.get(i));
            written.add(files.get(i));
            progress.done(i + 1, regions.size(), files.get(i));
        }
        return written;
    }
}
