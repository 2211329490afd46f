package nl.onderwijsregio.atlas.ui.presenter;

import nl.onderwijsregio.atlas.core.model.Sector;

/**
 * Where presenter mode stands, by ids rather than by positions: a region keeps its place when the order changed
 * since, and a place can be taken up by a presenter opened anew on the same data.
 *
 * @param sector     the sector shown
 * @param regionId   the spotlighted region, or null for the whole country
 * @param themeId    the theme a theme tour shows, or null outside a tour
 * @param tourSector the sector that tour began in, or null outside a tour
 */
public record PresenterPlace(Sector sector, String regionId, String themeId, Sector tourSector) {

    /** The whole country of {@code sector}, where presenter mode opens the first time. */
    public static PresenterPlace wholeCountry(Sector sector) {
        return new PresenterPlace(sector, null, null, null);
    }

    /** The region {@code regionId} of {@code sector}. */
    public static PresenterPlace region(Sector sector, String regionId) {
        return new PresenterPlace(sector, regionId, null, null);
    }
}
