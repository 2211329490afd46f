package nl.onderwijsregio.atlas.core.render;

import java.util.Set;
import nl.onderwijsregio.atlas.core.model.Sector;

/**
 * What the map shows, as one immutable value: which sector, which emphasis, which style. The screen,
 * the presenter, the detail pane's locator map and every export paint a scene with the same
 * {@link MapPainter}, so they all show the same picture.
 *
 * @param regions      the region layers of the atlas, or null to draw only the basemap and municipalities
 * @param sector       the sector whose regions are drawn
 * @param overlapView  colour municipalities by how many regions cover them instead of by region
 * @param selectedRegionId the selected region (emphasised, the rest dimmed), or null
 * @param highlightedRegionIds regions emphasised like the selection (e.g. those with cases on a theme)
 * @param hoveredMunicipalityCode the municipality under the pointer, or null
 * @param spotlight    dim the regions that are not emphasised much more strongly and hide their labels
 *                     (the presenter's spotlight), even when that is all of them: a theme tour step on a
 *                     sector without cases on the theme shows no region in colour, as its caption says
 * @param labels       draw region names where they fit
 * @param basemap      paint sea, land and neighbouring countries (off on screen, where the tiles show them)
 * @param pixelScale   line widths and text sizes are multiplied by this (2 for a ×2 export)
 * @param style        basemap and text colours
 * @param labourMarkets draw the borders of the labour-market regions (arbeidsmarktregio's) over the regions,
 *                     dashed, to see where the two divisions agree
 * @param labelScale   region names are this many times their size at the pixel scale, where fewer of them fit: presenter
 *                     mode sets its names in the large type of its caption, to be read from the back of a hall
 * @param numberedKey  mark a region whose name does not fit with its number in the legend
 *                     ({@link SectorLayer#keyNumber}): only where a legend with those numbers goes with the map
 *                     (the main window's map; an exported picture switches it on itself when it draws its legend),
 *                     never where none does (presenter mode, slides), where a number would mean nothing
 */
public record MapScene(RegionMaps regions, Sector sector, boolean overlapView, String selectedRegionId,
                       Set<String> highlightedRegionIds, String hoveredMunicipalityCode, boolean spotlight,
                       boolean labels, boolean basemap, double pixelScale, MapStyle style, boolean labourMarkets,
                       double labelScale, boolean numberedKey) {

    /**
     * How much larger than the window's the region names are where a region is shown to a hall (presenter mode, its
     * slides): 20 pixels at 720p and 30 at full HD, about the caption's figure labels, where the window's 12 (times
     * the pixel scale) cannot be read from the back of a hall. Fewer names fit; they still never overlap.
     */
    public static final double HALL_LABEL_SCALE = 5.0 / 3;

    public MapScene {
        sector = sector == null ? Sector.PO : sector;
        highlightedRegionIds = highlightedRegionIds == null ? Set.of() : Set.copyOf(highlightedRegionIds);
        pixelScale = pixelScale > 0 ? pixelScale : 1;
        style = style == null ? MapStyle.light() : style;
        labelScale = labelScale > 0 ? labelScale : 1;
    }

    /** The plain map of {@code sector}: labels and basemap on, nothing selected, light style, no numbered key. */
    public static MapScene of(RegionMaps regions, Sector sector) {
        return new MapScene(regions, sector, false, null, Set.of(), null, false, true, true, 1, MapStyle.light(), false, 1, false);
    }

    /** Only the basemap and municipality borders, e.g. before the regions are ready. */
    public static MapScene basemapOnly(MapStyle style) {
        return new MapScene(null, Sector.PO, false, null, Set.of(), null, false, false, true, 1, style, false, 1, false);
    }

    /** Presenter mode's pixel scale on a screen {@code height} pixels high: 1 up to 720p, 1.5 at full HD. */
    public static double hallPixelScale(double height) {
        return Math.max(1, height / 720);
    }

    /**
     * This scene as presenter mode shows a region on a screen {@code height} pixels high: lines at its
     * {@linkplain #hallPixelScale pixel scale}, names in the {@linkplain #HALL_LABEL_SCALE hall's large type}.
     */
    public MapScene inHall(double height) {
        return withPixelScale(hallPixelScale(height)).withLabelScale(HALL_LABEL_SCALE);
    }

    /**
     * This scene with its names as large as {@link #inHall} sets them on a picture {@code height} pixels high, its
     * lines as they are: a slide draws its lines at its own scale, but the audience reads the spotlighted region's
     * name on a projected slide as on the presenter's screen, and at twice the pixels it is twice as large.
     */
    public MapScene withHallLabels(double height) {
        return withLabelScale(HALL_LABEL_SCALE * hallPixelScale(height) / pixelScale);
    }

    /** The layer of the shown sector, or null when there are no regions. */
    public SectorLayer layer() {
        return regions == null ? null : regions.layer(sector);
    }

    /**
     * Whether some regions drawn in this sector are emphasised, so the others are dimmed. A selected
     * region that does not serve the shown sector does not count: dimming everything around nothing
     * would leave an unreadable map. In a spotlight, what is not in it is always dimmed.
     */
    public boolean hasEmphasis() {
        if (spotlight) {
            return true;
        }
        if (selectedRegionId == null && highlightedRegionIds.isEmpty()) {
            return false;
        }
        SectorLayer layer = layer();
        return layer == null || layer.regions().stream().anyMatch(r -> isEmphasised(r.id()));
    }

    /**
     * Whether the regions whose names do not fit are marked with their numbers, and the legend beside shows
     * them: with the key asked for and the names on, not in the overlap view (its legend keys cover counts,
     * not regions) and not in a spotlight (which names only what it is about).
     */
    public boolean numbersRegions() {
        return numberedKey && labels && !overlapView && !spotlight && layer() != null;
    }

    public boolean isEmphasised(String regionId) {
        return regionId.equals(selectedRegionId) || highlightedRegionIds.contains(regionId);
    }

    /** Whether the region steps back: others are emphasised and it is not. */
    public boolean isDimmed(String regionId) {
        return hasEmphasis() && !isEmphasised(regionId);
    }

    public MapScene withRegions(RegionMaps r) {
        return new MapScene(r, sector, overlapView, selectedRegionId, highlightedRegionIds, hoveredMunicipalityCode,
                spotlight, labels, basemap, pixelScale, style, labourMarkets, labelScale, numberedKey);
    }

    public MapScene withSector(Sector s) {
        return new MapScene(regions, s, overlapView, selectedRegionId, highlightedRegionIds, hoveredMunicipalityCode,
                spotlight, labels, basemap, pixelScale, style, labourMarkets, labelScale, numberedKey);
    }

    public MapScene withOverlapView(boolean on) {
        return new MapScene(regions, sector, on, selectedRegionId, highlightedRegionIds, hoveredMunicipalityCode,
                spotlight, labels, basemap, pixelScale, style, labourMarkets, labelScale, numberedKey);
    }

    public MapScene withSelected(String regionId) {
        return new MapScene(regions, sector, overlapView, regionId, highlightedRegionIds, hoveredMunicipalityCode,
                spotlight, labels, basemap, pixelScale, style, labourMarkets, labelScale, numberedKey);
    }

    public MapScene withHighlighted(Set<String> regionIds) {
        return new MapScene(regions, sector, overlapView, selectedRegionId, regionIds, hoveredMunicipalityCode,
                spotlight, labels, basemap, pixelScale, style, labourMarkets, labelScale, numberedKey);
    }

    public MapScene withHovered(String municipalityCode) {
        return new MapScene(regions, sector, overlapView, selectedRegionId, highlightedRegionIds, municipalityCode,
                spotlight, labels, basemap, pixelScale, style, labourMarkets, labelScale, numberedKey);
    }

    public MapScene withSpotlight(boolean on) {
        return new MapScene(regions, sector, overlapView, selectedRegionId, highlightedRegionIds, hoveredMunicipalityCode,
                on, labels, basemap, pixelScale, style, labourMarkets, labelScale, numberedKey);
    }

    public MapScene withLabels(boolean on) {
        return new MapScene(regions, sector, overlapView, selectedRegionId, highlightedRegionIds, hoveredMunicipalityCode,
                spotlight, on, basemap, pixelScale, style, labourMarkets, labelScale, numberedKey);
    }

    public MapScene withBasemap(boolean on) {
        return new MapScene(regions, sector, overlapView, selectedRegionId, highlightedRegionIds, hoveredMunicipalityCode,
                spotlight, labels, on, pixelScale, style, labourMarkets, labelScale, numberedKey);
    }

    public MapScene withPixelScale(double scale) {
        return new MapScene(regions, sector, overlapView, selectedRegionId, highlightedRegionIds, hoveredMunicipalityCode,
                spotlight, labels, basemap, scale, style, labourMarkets, labelScale, numberedKey);
    }

    public MapScene withStyle(MapStyle s) {
        return new MapScene(regions, sector, overlapView, selectedRegionId, highlightedRegionIds, hoveredMunicipalityCode,
                spotlight, labels, basemap, pixelScale, s, labourMarkets, labelScale, numberedKey);
    }

    public MapScene withLabourMarkets(boolean on) {
        return new MapScene(regions, sector, overlapView, selectedRegionId, highlightedRegionIds, hoveredMunicipalityCode,
                spotlight, labels, basemap, pixelScale, style, on, labelScale, numberedKey);
    }

    public MapScene withLabelScale(double scale) {
        return new MapScene(regions, sector, overlapView, selectedRegionId, highlightedRegionIds, hoveredMunicipalityCode,
                spotlight, labels, basemap, pixelScale, style, labourMarkets, scale, numberedKey);
    }

    public MapScene withNumberedKey(boolean on) {
        return new MapScene(regions, sector, overlapView, selectedRegionId, highlightedRegionIds, hoveredMunicipalityCode,
                spotlight, labels, basemap, pixelScale, style, labourMarkets, labelScale, on);
    }
}
