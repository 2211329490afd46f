package nl.onderwijsregio.atlas.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.check.Validator;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.export.ExportFile;
import nl.onderwijsregio.atlas.core.export.ExportFormat;
import nl.onderwijsregio.atlas.core.export.ExportNotWritten;
import nl.onderwijsregio.atlas.core.export.ExportPictures;
import nl.onderwijsregio.atlas.core.export.ExportTexts;
import nl.onderwijsregio.atlas.core.export.MapExporter;
import nl.onderwijsregio.atlas.core.export.MapPicture;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.summary.FigureCaveats;
import nl.onderwijsregio.atlas.core.text.PlaceSearch;
import nl.onderwijsregio.atlas.core.text.Language;

/**
 * {@code render --sector po --format png|svg|pdf --width 1920 --height 1080 [--region ID] --out FILE}:
 * the same pictures as the app's export, headless, for scripted figure production.
 */
final class RenderCommand implements AtlasCli.Command {

    @Override
    public Set<String> valueOptions() {
        return Set.of("out", "sector", "format", "width", "height", "region", "scale", "title");
    }

    /** An empty title leaves the picture without one. */
    @Override
    public Set<String> mayBeEmpty() {
        return Set.of("title");
    }

    @Override
    public Set<String> switches() {
        return Set.of("transparent", "no-legend", "dark", "labour-markets");
    }

    @Override
    public int run(AtlasCli.Options options, PrintStream out, PrintStream err)
            throws DataLoadException, ExportNotWritten {
        CliText text = CliText.of(options);
        Path file = AtlasCli.outFile(options.value("out")
                .orElseThrow(() -> new IllegalArgumentException(text.t("cli.render.outRequired"))), text);
        ExportFormat format = options.value("format")
                .map(f -> ExportFormat.parse(f).orElseThrow(
                        () -> new IllegalArgumentException(text.t("cli.render.unknownFormat", f))))
                .orElseGet(() -> ExportFormat.parse(extension(file)).orElseThrow(
                        () -> new IllegalArgumentException(text.t("cli.render.formatFromFile"))));
        Sector sector = options.value("sector").map(s -> Sector.parse(s).orElseThrow(
                () -> new IllegalArgumentException(text.t("cli.render.unknownSector", s))))
                .orElse(Sector.PO);
        int width = side(options, "width", 1920, text);
        int height = side(options, "height", 1080, text);
        int scale = side(options, "scale", 1, text);
        if (scale != 1 && scale != 2 && scale != 4) {
            throw new IllegalArgumentException(text.t("cli.render.scale"));
        }
        withinLimit("width", width, scale, text);
        withinLimit("height", height, scale, text);
        Locale locale = text.locale();
        ResourceBundle texts = Language.bundle("export", locale);
        MapStyle style = MapStyle.of(options.flag("dark"));

        // A file that cannot be written is told before the data is read and the picture drawn.
        ExportFile.check(file);
        Atlas atlas = AtlasCli.load(options, null, err);
        MapGeometry geometry = MapGeometry.of(atlas);
        MapPainter painter = new MapPainter(geometry, style);
        double overlays = MapPicture.overlayScaleFor(width, height);
        MapScene scene = MapScene.of(RegionMaps.build(atlas), sector).withStyle(style)
                .withPixelScale(MapPicture.lineScaleFor(width, height))
                .withLabourMarkets(options.flag("labour-markets"));
        MapPicture picture;
        String regionId = options.value("region").orElse(null);
        if (regionId != null) {
            Region region = atlas.region(regionId).orElseThrow(
                    () -> new IllegalArgumentException(unknownRegion(atlas, regionId, sector, text)));
            if (!region.serves(sector)) {
                throw new IllegalArgumentException(text.t("cli.render.regionNotInSector", regionId, sector.name(),
                        region.sectorsInOrder().stream().map(Sector::name).collect(Collectors.joining(", ")),
                        region.sectorsInOrder().get(0).name().toLowerCase(Locale.ROOT)));
            }
            // The validator's doubts about the figures go on the slide, as the app's slides carry them.
            List<String> doubts = FigureCaveats.doubtsByRegion(List.of(region), new Validator().validate(atlas), locale)
                    .getOrDefault(region.id(), List.of());
            picture = ExportPictures.regionSpotlight(painter, scene, region, width, height,
                    ExportPictures.caption(region, scene, doubts, locale), overlays);
        } else {
            picture = ExportPictures.sectorMap(painter, scene, width, height, overlays, !options.flag("no-legend"),
                    locale);
        }
        picture = picture.withTitle(options.value("title").orElse(new MessageFormat(texts.getString("export.title.sector"),
                        locale).format(new Object[] {sector.name()})))
                .withCredit(texts.getString("export.credit"));
        if (scale > 1) {
            picture = picture.scaled(scale);
        }
        MapExporter.write(picture, format, options.flag("transparent"), file);
        // A PDF is an A4 page whatever the pixels: those only set how finely it is drawn.
        err.println(format == ExportFormat.PDF
                ? text.t("cli.render.wrotePage", file, ExportTexts.pdfPage(picture, locale))
                : text.t("cli.render.wrote", file, picture.pixelWidth(), picture.pixelHeight(), format.extension()));
        // A small picture leaves out what would not be legible on it; a script should hear of it.
        for (MapPicture.Overlay missing : picture.leftOut()) {
            err.println(text.t("cli.render.leftOut." + missing.name().toLowerCase(Locale.ROOT), width, height));
        }
        return 0;
    }

    /**
     * "no region with id 'zwolle'; did you mean: zwolle-en-omgeving (Zwolle en omgeving)?": the ids
     * whose id or name match best (forgiving, as the app's search), else every id serving the sector.
     */
    static String unknownRegion(Atlas atlas, String query, Sector sector, CliText text) {
        record Match(Region region, double score) {
        }
        // The app's search, regions only: it forgives a typo in one word of a longer name ("zwole").
        List<Match> near = new PlaceSearch(atlas).search(query, Integer.MAX_VALUE).stream()
                .filter(h -> h.kind() == PlaceSearch.Kind.REGION)
                .map(h -> new Match(atlas.region(h.id()).orElseThrow(), h.score()))
                // Regions of the asked sector first: that is what the user is after.
                .sorted(Comparator.comparingDouble((Match m) -> m.score() + (m.region().serves(sector) ? 0.05 : 0))
                        .reversed())
                .limit(5).toList();
        if (!near.isEmpty()) {
            return text.t("cli.render.unknownRegion.near", query, near.stream()
                    .map(m -> m.region().id() + " (" + m.region().displayName() + ")")
                    .collect(Collectors.joining(", ")));
        }
        return text.t("cli.render.unknownRegion.inSector", query, sector.name(), atlas.regionsServing(sector)
                .stream().map(Region::id).sorted().collect(Collectors.joining(", ")));
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** A side in pixels (or the scale): a whole number from 1 to the largest side a picture may have. */
    private static int side(AtlasCli.Options options, String key, int fallback, CliText text) {
        String given = options.value(key).orElse(null);
        if (given == null) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(given.trim());
            if (v <= 0 || v > MapPicture.MAX_SIDE) {
                throw new IllegalArgumentException(text.t("cli.render.range", key, MapPicture.MAX_SIDE, given));
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(text.t("cli.render.wholeNumber", key, given));
        }
    }

    /** The scaled side must stay within the limit too: 4 × 8000 is as much memory as one 32000-pixel side. */
    private static void withinLimit(String key, int side, int scale, CliText text) {
        if ((long) side * scale > MapPicture.MAX_SIDE) {
            throw new IllegalArgumentException(text.t("cli.render.tooLarge", key, side, scale, (long) side * scale,
                    MapPicture.MAX_SIDE));
        }
    }
}
