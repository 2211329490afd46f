package nl.onderwijsregio.atlas.ui.map;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The PO | VO | MBO segmented toggle, bound both ways to the shown sector. One sector is always
 * chosen: clicking the chosen one again keeps it. Keys 1, 2 and 3 are handled by the map feature.
 */
final class SectorSwitcher extends HBox {

    private final Map<Sector, ToggleButton> buttons = new EnumMap<>(Sector.class);

    SectorSwitcher(ObjectProperty<Sector> sector) {
        setId("sector-switcher");
        getStyleClass().add("segmented");
        ToggleGroup group = new ToggleGroup();
        int i = 1;
        for (Sector s : Sector.values()) {
            ToggleButton b = new ToggleButton(s.name());
            b.setId("sector-" + s.name());
            b.setToggleGroup(group);
            b.setUserData(s);
            b.setTooltip(new Tooltip(Messages.t("map.sector." + s.name(), i++)));
            buttons.put(s, b);
            getChildren().add(b);
        }
        getChildren().get(0).getStyleClass().add("first");
        getChildren().get(getChildren().size() - 1).getStyleClass().add("last");
        group.selectToggle(buttons.get(sector.get()));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                sector.set((Sector) now.getUserData());
            }
        });
        sector.addListener((obs, o, s) -> group.selectToggle(buttons.get(s)));
    }
}
