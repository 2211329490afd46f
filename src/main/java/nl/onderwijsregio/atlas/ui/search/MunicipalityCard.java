package nl.onderwijsregio.atlas.ui.search;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
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
        // The sign alone is read out as "times": a screen reader says what the button does.
        close.setAccessibleText(Messages.t("map.card.close"));
        close.setOnAction(e -> model.closeCard());
        // A long name with its province ("'s-Hertogenbosch (Noord-Brabant)") wraps rather than being cut.
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox head = new HBox(6, title, close);
        head.setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(head, sectors);
        // 300 px at the normal text size; map.css widens it with the text (em)
        setMaxWidth(300);
        setMaxHeight(USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.TOP_RIGHT);
        // Focused itself (a municipality in no region has no link), the card is read out by its title.
        setAccessibleRole(AccessibleRole.TEXT);
        accessibleTextProperty().bind(title.textProperty());
        model.cardProperty().addListener((obs, o, card) -> show(card));
        model.keyboardToCardProperty().addListener((obs, o, count) -> takeFocus());
        show(model.cardProperty().get());
    }

    /** The keyboard goes on to the card that answers the search: its first region, or the card where it has none. */
    private void takeFocus() {
        if (isVisible()) {
            Node first = sectors.lookup(".hyperlink");
            (first != null ? first : this).requestFocus();
        }
    }

    private void show(SearchViewModel.Card card) {
        setVisible(card != null);
        setManaged(card != null);
        sectors.getChildren().clear();
        if (card == null) {
            return;
        }
        title.setText(card.title());
        for (SearchViewModel.SectorRegions covering : card.sectors()) {
            Sector s = covering.sector();
            Label name = new Label(s.name());
            name.getStyleClass().add("sector");
            // never "…" for MBO at a large text size; the rows line up by the width map.css gives in em
            name.setMinWidth(Region.USE_PREF_SIZE);
            FlowPane regions = new FlowPane(4, 2);
            if (covering.regions().isEmpty()) {
                Label none = new Label(Messages.t("map.card.none"));
                none.getStyleClass().add("gap");
                regions.getChildren().add(none);
            }
            for (SearchViewModel.RegionName r : covering.regions()) {
                Hyperlink link = new Hyperlink(r.name());
                link.setId("card-" + s.name() + "-" + r.regionId());
                // Haaglanden serves all three sectors: heard without its sector, it is read out three times alike.
                link.setAccessibleText(Messages.t("map.card.region.accessible", s.name(), r.name()));
                link.setOnAction(e -> model.chooseRegion(s, r.regionId()));
                regions.getChildren().add(link);
            }
            HBox row = new HBox(6, name, regions);
            row.setAlignment(Pos.TOP_LEFT);
            HBox.setHgrow(regions, Priority.ALWAYS);
            sectors.getChildren().add(row);
        }
    }
}
