package nl.onderwijsregio.atlas.ui.detail;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.ui.OneTabStop;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The overlapping and bordering regions, each a link that opens it. One stop for Tab ({@link OneTabStop}):
 * Zwolle en omgeving has some twenty, each of which was a stop between the reader and the cases.
 */
final class NeighbourLinks extends VBox {

    private final DetailViewModel vm;
    private final OneTabStop tabStop = new OneTabStop(this, MemberList.PAGE);

    NeighbourLinks(DetailViewModel vm) {
        super(2);
        this.vm = vm;
        setId("detail-links");
        vm.links().addListener((ListChangeListener<DetailViewModel.LinkItem>) c -> rebuild());
        vm.nationalProperty().addListener((obs, o, n) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        List<Hyperlink> links = new ArrayList<>();
        if (vm.links().isEmpty()) {
            Label none = new Label(Messages.t(vm.nationalProperty().get() ? "detail.links.national" : "detail.links.none"));
            none.getStyleClass().add("detail-note");
            none.setWrapText(true);
            getChildren().add(none);
        }
        for (DetailViewModel.LinkItem l : vm.links()) {
            Hyperlink link = new Hyperlink(l.name());
            link.setId("link-" + l.regionId());
            link.getStyleClass().add(l.overlaps() ? "link-overlaps" : "link-borders");
            link.setTooltip(new Tooltip(Messages.t("detail.link.tooltip", l.name(), l.relationText())));
            link.setAccessibleText(Messages.t("detail.link.accessible", l.name(), l.relationText()));
            link.setOnAction(e -> vm.select(l.regionId()));
            // Space follows a link by itself; Enter is what one presses on a link in a browser.
            link.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    link.fire();
                    e.consume();
                }
            });
            Label relation = new Label(l.relationText());
            relation.getStyleClass().add("link-relation");
            relation.setMinWidth(Control.USE_PREF_SIZE);
            // A long name wraps ("LOA (Lingewaard, Overbetuwe en Arnhem)") rather than end in "…".
            link.setWrapText(true);
            link.setMinWidth(0);
            HBox item = new HBox(2, link, relation);
            item.setAlignment(Pos.BASELINE_LEFT);
            item.getStyleClass().add("link-item");
            getChildren().add(item);
            links.add(link);
        }
        tabStop.setParts(links);
    }
}
