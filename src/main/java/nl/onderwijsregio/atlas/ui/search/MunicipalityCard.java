package nl.onderwijsregio.atlas.ui.search;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The card for a municipality chosen in search: which regions cover it in each of the three sectors at
 * once ("which regions cover Apeldoorn, per sector?"). Each region name selects that region.
 */
public final class MunicipalityCard extends VBox {

    private final SearchViewModel model;
    private final Label title = new Label();
    private final VBox sectors = new VBox(4);

    public MunicipalityCard(SearchViewModel model) {
        this.model = model;
        setId("municipality-card");
        getStyleClass().add("municipality-card");
        // Its drop shadow is drawn once, not again in every frame of a flight behind it (software pipeline).
        setCache(true);
        title.getStyleClass().add("title");
        Button close = new Button("×");
        close.setId("municipality-card-close");
        close.getStyleClass().add("close");
        close.setOnAction(e -> model.chosenMunicipalityProperty().set(null));
        // A long name with its province ("'s-Hertogenbosch (Noord-Brabant)") wraps rather than being cut.
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox head = new HBox(6, title, close);
        head.setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(head, sectors);
        setMaxWidth(300);
        setMaxHeight(USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.TOP_RIGHT);
        model.chosenMunicipalityProperty().addListener((obs, o, code) -> update(code));
        model.state().atlasProperty().addListener((obs, o, a) -> update(model.chosenMunicipalityProperty().get()));
        update(null);
    }

    private void update(String code) {
        Atlas atlas = model.state().atlas();
        Municipality m = atlas == null || code == null ? null : atlas.municipality(code).orElse(null);
        setVisible(m != null);
        setManaged(m != null);
        sectors.getChildren().clear();
        if (m == null) {
            return;
        }
        title.setText(m.name() + " (" + m.province() + ")");
        for (Sector s : Sector.values()) {
            Label name = new Label(s.name());
            name.getStyleClass().add("sector");
            name.setMinWidth(40);
            FlowPane regions = new FlowPane(4, 2);
            List<Region> covering = atlas.regionsCovering(code, s);
            if (covering.isEmpty()) {
                Label none = new Label(Messages.t("map.card.none"));
                none.getStyleClass().add("gap");
                regions.getChildren().add(none);
            }
            for (var r : covering) {
                Hyperlink link = new Hyperlink(r.displayName());
                link.setId("card-" + s.name() + "-" + r.id());
                link.setOnAction(e -> {
                    model.state().sectorProperty().set(s);
                    model.chooseRegion(r.id());
                });
                regions.getChildren().add(link);
            }
            HBox row = new HBox(6, name, regions);
            row.setAlignment(Pos.TOP_LEFT);
            HBox.setHgrow(regions, Priority.ALWAYS);
            sectors.getChildren().add(row);
        }
    }
}
