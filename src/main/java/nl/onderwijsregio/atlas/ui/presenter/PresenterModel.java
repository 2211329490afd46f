package nl.onderwijsregio.atlas.ui.presenter;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.model.Theme;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.RegionMaps;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The presenter's view-model: which sector, which region of its stepping order (or the whole country),
 * whether the three sector maps stand side by side, which theme a theme tour shows, and whether the screen is
 * black. The view follows these properties; the keyboard only calls the methods here.
 */
public final class PresenterModel {

    /** What fills the screen. */
    public enum Layout { MAP, SMALL_MULTIPLES }

    /** Index meaning "no region: the whole country". */
    public static final int OVERVIEW = -1;

    private boolean switchingSector;

    private final RegionMaps maps;
    private final Atlas atlas;
    private final MapGeometry geometry;
    private final SteppingOrders orders;
    private final ObjectProperty<Sector> sector = new SimpleObjectProperty<>(this, "sector");
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", OVERVIEW);
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(this, "layout", Layout.MAP);
    private final ThemeTour tour;
    private final ObjectProperty<Theme> theme;
    private final BooleanProperty black = new SimpleBooleanProperty(this, "black", false);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final BooleanProperty reducedMotion = new SimpleBooleanProperty(this, "reducedMotion", false);
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper(this, "header");
    private Map<String, List<String>> figureDoubts = Map.of();

    /**
     * @param customOrders per sector, region ids in the presenter's own order; missing sectors step
     *                     north to south
     */
    public PresenterModel(RegionMaps maps, MapGeometry geometry, Sector start,
                          Map<Sector, List<String>> customOrders) {
        this.maps = maps;
        this.atlas = maps.atlas();
        this.geometry = geometry;
        this.orders = new SteppingOrders(maps, customOrders);
        tour = new ThemeTour(atlas.data().themes(), atlas.regions(), orders, this);
        theme = tour.themeProperty();
        sector.set(start == null ? Sector.PO : start);
        // Not while the index moves to the coming sector's order: the header would count in the old one.
        InvalidationListener retell = o -> {
            if (!switchingSector) {
                header.set(headerText());
            }
        };
        sector.addListener(retell);
        index.addListener(retell);
        theme.addListener(retell);
        header.set(headerText());
    }

    public RegionMaps regionMaps() {
        return maps;
    }

    public Atlas atlas() {
        return atlas;
    }

    public MapGeometry geometry() {
        return geometry;
    }

    public ObjectProperty<Sector> sectorProperty() {
        return sector;
    }

    public Sector sector() {
        return sector.get();
    }

    /** Position in {@link #order()}, or {@link #OVERVIEW}. */
    public IntegerProperty indexProperty() {
        return index;
    }

    public ObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    /** The theme of the theme tour, or null when no tour is running. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /**
     * The line above the map: the sector, and where the tour stands in it. A clicker pressed once more at the
     * last region or theme does nothing, so the header says beforehand that it is the last.
     */
    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    private String headerText() {
        String sectorName = Messages.t("presenter.sector." + sector.get().name());
        Theme t = theme.get();
        if (t != null) {
            List<Theme> themes = atlas.data().themes();
            return Messages.t("presenter.header", sectorName,
                    standing("presenter.themeTour", themes.indexOf(t) + 1, themes.size()));
        }
        if (current() != null) {
            return Messages.t("presenter.header", sectorName,
                    standing("presenter.position", index.get() + 1, order().size()));
        }
        return sectorName;
    }

    /** "theme 3 of 7", or at the end the wording that says it is the last. */
    private static String standing(String key, int place, int of) {
        return Messages.t(place == of ? key + ".last" : key, place, of);
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public BooleanProperty reducedMotionProperty() {
        return reducedMotion;
    }

    /**
     * The validator's doubts about the figures of each region that has some, by region id: the caption shows
     * them under the figures, as the detail pane does.
     */
    public void setFigureDoubts(Map<String, List<String>> doubts) {
        figureDoubts = Map.copyOf(doubts);
    }

    /** The validator's doubts about {@code r}'s figures; empty for most regions. */
    public List<String> figureDoubts(Region r) {
        return figureDoubts.getOrDefault(r.id(), List.of());
    }

    /** Told the region ids of a sector's new custom order, or an empty list when it is back to north-south. */
    public void setOnOrderChanged(BiConsumer<Sector, List<String>> listener) {
        orders.setOnChanged(listener);
    }

    /**
     * Moves the spotlighted region {@code delta} places later (negative: earlier) in this sector's
     * order, which becomes the sector's custom order; the spotlight stays on the region.
     */
    public void moveCurrent(int delta) {
        Region r = current();
        if (r != null) {
            index.set(orders.move(sector.get(), r, delta));
        }
    }

    /** Back to north-to-south for this sector, forgetting its custom order. */
    public void resetOrder() {
        Region r = current();
        orders.reset(sector.get());
        index.set(r == null ? OVERVIEW : order().indexOf(r));
    }

    /** How far the captions of this sector's tour step their names down: as far as its longest name needs. */
    public int headingStep() {
        return orders.headingStep(sector.get());
    }

    /** The regions of the current sector in stepping order. */
    public List<Region> order() {
        return orders.of(sector.get());
    }

    /** The spotlighted region, or null on the overview. */
    public Region current() {
        int i = index.get();
        List<Region> order = order();
        return i >= 0 && i < order.size() ? order.get(i) : null;
    }

    /**
     * Steps to the next region; from the last region it stays there (a clicker pressed once too often).
     * In a theme tour it steps to the next theme instead (a clicker sends no T), and from the last theme it stays
     * there too, rather than end the tour on a step the presenter did not ask for. On a black screen it only brings
     * the picture back: the presenter has not seen where the step would go.
     */
    public void next() {
        if (bringBack()) {
            return;
        }
        if (tour.running()) {
            if (tour.after() != null) {
                showTheme(tour.after());
            }
            return;
        }
        leaveSpecialViews();
        if (!order().isEmpty()) {
            index.set(Math.min(index.get() + 1, order().size() - 1));
        }
    }

    /**
     * Steps back; from the first region back to the whole country. In a theme tour, to the theme before, and from
     * the first out of the tour, on the sector it kept to.
     */
    public void previous() {
        if (bringBack()) {
            return;
        }
        if (tour.running()) {
            if (tour.before() != null) {
                showTheme(tour.before());
            } else {
                endTour();
            }
            return;
        }
        leaveSpecialViews();
        index.set(Math.max(OVERVIEW, index.get() - 1));
    }

    /** The whole country; a theme tour ends, on the sector it kept to. */
    public void home() {
        if (bringBack()) {
            return;
        }
        leaveSpecialViews();
        index.set(OVERVIEW);
    }

    /** The last region of the order (End); in a theme tour, the last theme. */
    public void last() {
        if (bringBack()) {
            return;
        }
        if (tour.running()) {
            showTheme(tour.last());
            return;
        }
        leaveSpecialViews();
        if (!order().isEmpty()) {
            index.set(order().size() - 1);
        }
    }

    /**
     * Whether the screen is black (B or the full stop, which clickers send): the audience looks at the speaker. The
     * model goes on meanwhile; the view covers it.
     */
    public BooleanProperty blackProperty() {
        return black;
    }

    /** B and the full stop: black, or the picture back. */
    public void toggleBlack() {
        black.set(!black.get());
    }

    /** Ends a black screen; true when there was one, so the key that did it does nothing else. */
    private boolean bringBack() {
        if (!black.get()) {
            return false;
        }
        black.set(false);
        return true;
    }

    /**
     * Switches sector; the spotlighted region stays if it serves the new sector, else the country shows.
     * The region's place in the new order is set first, while {@link #switchingSector()} says so, and the
     * sector last: a view that drew on the index alone would show whichever region has that place in the
     * old sector's order, and then fly back. A theme tour goes on in the new sector: "which VO regions
     * have a case on this theme" is the question a presenter asks next; the tour keeps to it from then on.
     */
    public void showSector(Sector newSector) {
        tour.keepTo(newSector);
        switchTo(newSector);
    }

    private void switchTo(Sector newSector) {
        if (newSector == sector.get()) {
            return;
        }
        Region was = current();
        int i = was == null ? OVERVIEW : orders.of(newSector).indexOf(was);
        switchingSector = true;
        try {
            index.set(i);
        } finally {
            switchingSector = false;
        }
        sector.set(newSector);
    }

    /** Where the presenter stands now, to be taken up again by {@link #resume}. */
    public PresenterPlace place() {
        Region r = current();
        return new PresenterPlace(sector.get(), r == null ? null : r.id(),
                theme.get() == null ? null : theme.get().id(), tour.home());
    }

    /**
     * Goes to {@code place}: its theme tour on the theme's sector, or its region, or the whole country of its sector.
     * What this data no longer has (a region or theme since removed) leaves the whole country of that sector.
     */
    public void resume(PresenterPlace place) {
        black.set(false);
        layout.set(Layout.MAP);
        endTour();
        Theme t = place.themeId() == null ? null : tour.byId(place.themeId());
        index.set(OVERVIEW);
        switchTo(place.sector());
        if (t != null) {
            tour.begin(place.tourSector() == null ? place.sector() : place.tourSector());
            theme.set(t);
            return;
        }
        index.set(orders.indexOf(place.sector(), place.regionId()));
    }

    /** Whether {@code regionId} is one of the regions {@code s}'s order steps through. */
    public boolean steps(Sector s, String regionId) {
        return orders.indexOf(s, regionId) != OVERVIEW;
    }

    /** Whether the index is being moved to the coming sector's order: a view waits for the sector. */
    public boolean switchingSector() {
        return switchingSector;
    }

    public void toggleSmallMultiples() {
        endTour();
        layout.set(layout.get() == Layout.MAP ? Layout.SMALL_MULTIPLES : Layout.MAP);
    }

    /**
     * The next theme of the tour (after the last, T ends the tour); false when the data has no themes. A tour begins
     * on the sector shown and keeps to it ({@link ThemeTour}).
     */
    public boolean nextTheme() {
        if (!tour.hasThemes()) {
            return false;
        }
        layout.set(Layout.MAP);
        if (!tour.running()) {
            tour.begin(sector.get());
            showTheme(tour.first());
        } else if (tour.after() != null) {
            showTheme(tour.after());
        } else {
            endTour();
        }
        return true;
    }

    /** {@code t} on the sector the tour keeps to, or where its regions are when that sector has none. */
    private void showTheme(Theme t) {
        index.set(OVERVIEW);
        switchTo(tour.sectorFor(t));
        theme.set(t);
    }

    /**
     * The sector the running theme tour keeps to while the theme is shown on another for want of regions there, so
     * the caption can say so; null otherwise.
     */
    public Sector detouredFrom() {
        return tour.detouredFrom(sector.get());
    }

    /** Ends a theme tour, if one runs, back on the sector it kept to. */
    private void endTour() {
        if (tour.running()) {
            switchTo(tour.end());
        }
    }

    private void leaveSpecialViews() {
        layout.set(Layout.MAP);
        endTour();
    }

    /**
     * Regions in full colour, the rest dimmed: the spotlighted region, or the regions of the current
     * sector with a case on the toured theme; empty means all in full colour.
     */
    public Set<String> spotlight() {
        Theme t = theme.get();
        if (t != null) {
            return regionsWithCasesOn(t);
        }
        Region r = current();
        return r == null ? Set.of() : Set.of(r.id());
    }

    /** The regions of the shown sector with cases on {@code t}, in the order of the tour. */
    public Set<String> regionsWithCasesOn(Theme t) {
        return ThemeTour.withCasesOn(t, order());
    }

    /** The regions with cases on {@code t} that the shown sector's map lacks: of another sector, or national. */
    public List<Region> regionsElsewhereWithCasesOn(Theme t) {
        return tour.elsewhere(t, order());
    }
}
