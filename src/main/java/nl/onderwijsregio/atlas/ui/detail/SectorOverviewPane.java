package nl.onderwijsregio.atlas.ui.detail;

import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.summary.SectorOverview;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * What the detail pane shows before a region is chosen: the shown sector's map in a few lines (regions,
 * how municipalities are covered, the gaps by name, cases), then the invitation to choose. A gap is a
 * link that flies to it, because "where is nobody responsible?" is the first question after "who is".
 */
final class SectorOverviewPane extends VBox {

    private final DetailViewModel vm;

    SectorOverviewPane(DetailViewModel vm) {
        super(8);
        this.vm = vm;
        setId("detail-empty");
        getStyleClass().add("sector-overview");
        setPadding(new Insets(18, 20, 20, 20));
        vm.overviewProperty().addListener((obs, o, n) -> rebuild(n));
        rebuild(vm.overviewProperty().get());
    }

    private void rebuild(SectorOverview overview) {
        getChildren().clear();
        if (overview != null) {
            addFacts(overview);
        }
        Label hint = text("detail.empty");
        hint.getStyleClass().setAll("label", "detail-empty");
        getChildren().add(hint);
    }

    private void addFacts(SectorOverview o) {
        Label title = new Label(Messages.t("detail.overview.title", o.sector().name()));
        title.setId("overview-title");
        title.getStyleClass().add("detail-title");
        getChildren().addAll(title, text("detail.overview.regions", o.regionsWithTerritory(), o.regionsWithout()));
        if (o.regionsNotYetMapped() > 0) {
            getChildren().add(text("detail.overview.notYetMapped", o.regionsNotYetMapped()));
        }
        getChildren().add(text("detail.overview.coverage", o.municipalities(), o.inOneRegion(), o.inSeveralRegions()));
        if (o.uncovered().isEmpty()) {
            getChildren().add(text("detail.overview.noGaps", o.sector().name()));
        } else {
            FlowPane gaps = new FlowPane(4, 0);
            gaps.setId("overview-gaps");
            for (Municipality m : o.uncovered()) {
                Hyperlink link = new Hyperlink(m.name());
                link.setId("gap-" + m.code());
                link.setOnAction(e -> vm.focusMunicipality(m.code()));
                link.setOnMouseEntered(e -> vm.hover(m.code()));
                link.setOnMouseExited(e -> vm.hover(null));
                gaps.getChildren().add(link);
            }
            getChildren().addAll(text("detail.overview.gaps", o.uncovered().size(), o.sector().name()), gaps);
        }
        getChildren().addAll(text("detail.overview.voorlopers", o.voorlopers()),
                text("detail.overview.cases", o.cases(), o.regionsWithCases()));
    }

    private static Label text(String key, Object... args) {
        Label label = new Label(Messages.t(key, args));
        label.setWrapText(true);
        label.getStyleClass().add("overview-line");
        return label;
    }
}
