package nl.onderwijsregio.atlas.ui.presenter;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.model.Theme;

/**
 * The presenter's theme tour: the publication's themes one by one, each with the regions that have practice examples
 * on it lit up. The tour keeps to the sector it began in (or was switched to with 1, 2, 3): a presenter who opened it
 * on the VO map is talking about VO, and a theme that happens to have no VO regions must not leave the rest of the
 * tour on another map. Only such a theme is shown on the sector with the most regions for it.
 */
final class ThemeTour {

    private final List<Theme> themes;
    private final List<Region> regions;
    /** The regions of each sector's map. */
    private final SteppingOrders orders;
    private final ObjectProperty<Theme> theme;
    /** The sector the tour keeps to; null when no tour runs. */
    private Sector home;

    ThemeTour(List<Theme> themes, List<Region> regions, SteppingOrders orders, Object bean) {
        this.themes = themes;
        this.regions = regions;
        this.orders = orders;
        this.theme = new SimpleObjectProperty<>(bean, "theme");
    }

    /** The theme shown, or null when no tour runs. */
    ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    boolean running() {
        return theme.get() != null;
    }

    boolean hasThemes() {
        return !themes.isEmpty();
    }

    Theme first() {
        return themes.get(0);
    }

    Theme last() {
        return themes.get(themes.size() - 1);
    }

    /** The theme after the one shown, or null at the last. */
    Theme after() {
        int i = themes.indexOf(theme.get()) + 1;
        return i < themes.size() ? themes.get(i) : null;
    }

    /** The theme before the one shown, or null at the first. */
    Theme before() {
        int i = themes.indexOf(theme.get()) - 1;
        return i >= 0 ? themes.get(i) : null;
    }

    /** The theme with {@code id}, or null when this data has none by that id. */
    Theme byId(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    /** Starts (or takes up) a tour that keeps to {@code sector}. */
    void begin(Sector sector) {
        home = sector;
    }

    /** The presenter chose {@code sector} during the tour: the tour keeps to it from now on. */
    void keepTo(Sector sector) {
        if (running()) {
            home = sector;
        }
    }

    /** The sector the tour keeps to, or null when none runs. */
    Sector home() {
        return home;
    }

    /**
     * Where {@code t} is shown: the tour's own sector when it has regions with practice examples on it there, else
     * the sector with the most of them (an empty map says nothing, and a clicker cannot press 1, 2 or 3).
     */
    Sector sectorFor(Theme t) {
        if (!withCasesOn(t, orders.of(home)).isEmpty()) {
            return home;
        }
        Sector most = home;
        int mostRegions = 0;
        for (Sector s : Sector.values()) {
            int n = withCasesOn(t, orders.of(s)).size();
            if (n > mostRegions) {
                most = s;
                mostRegions = n;
            }
        }
        return most;
    }

    /** The tour's own sector when the theme is shown on {@code shown} for want of regions there; else null. */
    Sector detouredFrom(Sector shown) {
        return running() && home != null && home != shown ? home : null;
    }

    /** Ends the tour; returns the sector it kept to, which the presenter goes back to. */
    Sector end() {
        Sector back = home;
        home = null;
        theme.set(null);
        return back;
    }

    /** The regions with cases on {@code t} that {@code shown} (a sector's map) lacks: of another sector, or national. */
    List<Region> elsewhere(Theme t, List<Region> shown) {
        Set<String> here = withCasesOn(t, shown);
        Set<String> anywhere = withCasesOn(t, regions);
        return regions.stream().filter(r -> anywhere.contains(r.id()) && !here.contains(r.id())).toList();
    }

    /** The ids of those of {@code among} with a practice example on {@code t}, in their order. */
    static Set<String> withCasesOn(Theme t, List<Region> among) {
        Set<String> ids = new LinkedHashSet<>();
        for (Region r : among) {
            for (CaseStory c : r.cases()) {
                if (t.id().equals(c.themeId())) {
                    ids.add(r.id());
                }
            }
        }
        return ids;
    }
}
