package nl.onderwijsregio.atlas.ui.presenter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.locationtech.jts.geom.Envelope;

/** The three sector maps side by side, at one scale, so the sectors compare like for like. */
final class SmallMultiples extends GridPane {

    private final List<PresenterMap> maps = new ArrayList<>();
    private final Map<Sector, Label> counts = new EnumMap<>(Sector.class);

    SmallMultiples() {
        setId("presenter-multiples");
        getStyleClass().add("multiples");
        for (Sector s : Sector.values()) {
            PresenterMap map = new PresenterMap();
            // The short name large and the full name below: three long names never fit a third of a screen.
            Label title = new Label(s.name());
            title.getStyleClass().add("multiple-title");
            Label full = new Label(Messages.t("presenter.sector." + s.name()));
            full.getStyleClass().add("multiple-subtitle");
            full.setMinWidth(0);
            // What the stripes and hatching mean, and how many regions: the three maps shown without a legend.
            Label count = new Label();
            count.setId("multiple-count-" + s.name());
            count.getStyleClass().add("multiple-count");
            count.setWrapText(true);
            count.setMinWidth(0);
            counts.put(s, count);
            VBox box = new VBox(title, full, count, map);
            box.getStyleClass().add("multiple");
            box.setAlignment(Pos.CENTER_LEFT);
            VBox.setVgrow(map, Priority.ALWAYS);
            box.setMinWidth(0);
            add(box, s.ordinal(), 0);
            // Equal thirds, whatever the titles' lengths, so the three maps share one scale fairly.
            ColumnConstraints third = new ColumnConstraints();
            third.setPercentWidth(100.0 / Sector.values().length);
            getColumnConstraints().add(third);
            maps.add(map);
        }
        RowConstraints full = new RowConstraints();
        full.setVgrow(Priority.ALWAYS);
        getRowConstraints().add(full);
    }

    void setOnResize(Runnable action) {
        maps.forEach(m -> m.setOnResize(action));
    }

    boolean isSettled() {
        return maps.stream().allMatch(PresenterMap::isSettled);
    }

    /** Says under each sector's name what {@code text} says of it: its regions and how they cover the country. */
    void describe(Function<Sector, String> text) {
        counts.forEach((sector, label) -> label.setText(text.apply(sector)));
    }

    /** The line under a sector's name, for tests. */
    String description(Sector sector) {
        return counts.get(sector).getText();
    }

    /** Paints each sector's scene with the whole {@code country} at the largest scale all three panels allow. */
    void paint(MapPainter painter, Function<Sector, MapScene> scenes, Envelope country) {
        double scale = Double.MAX_VALUE;
        double margin = 0;
        for (PresenterMap map : maps) {
            if (!map.hasSize()) {
                return;
            }
            // The height the panel offers, not the map's own (which shrinks to the map below).
            VBox box = (VBox) map.getParent();
            double room = box.getHeight() - box.snappedTopInset() - box.snappedBottomInset();
            for (var other : box.getChildren()) {
                if (other != map) {
                    room -= other.getLayoutBounds().getHeight() + box.getSpacing();
                }
            }
            margin = Math.max(8, map.getWidth() * 0.03);
            scale = Math.min(scale, Viewport.fit(country, map.getWidth(), Math.max(1, room), margin).scale());
        }
        Sector[] sectors = Sector.values();
        for (int i = 0; i < sectors.length; i++) {
            PresenterMap map = maps.get(i);
            // Just as high as the country needs, so titles and map stand together in the panel's middle.
            map.setMaxHeight(Math.ceil(country.getHeight() * scale + 2 * margin));
            map.setScene(painter, scenes.apply(sectors[i]));
            Viewport v = new Viewport(country.centre().x, country.centre().y, scale, map.getWidth(), map.getHeight());
            map.arriveAt(v);
            map.moveCamera(v);
            map.land();
        }
    }
}
