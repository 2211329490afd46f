package nl.onderwijsregio.atlas.ui.detail;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.ui.OneTabStop;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The labour-market regions (arbeidsmarktregio's) the region's municipalities lie in, with how much of
 * each it holds: does the education region follow the labour-market division it is meant to work
 * with, or cut through it? Hidden when the boundaries name no labour-market regions. The rows are one
 * stop for Tab ({@link OneTabStop}), as the member list's are: Regio Zwolle lies in 16 of them.
 */
final class LabourMarketSection extends VBox {

    private final DetailViewModel vm;
    private final Label summary = new Label();
    private final VBox rows = new VBox(2);
    private final OneTabStop tabStop = new OneTabStop(rows, MemberList.PAGE);

    LabourMarketSection(DetailViewModel vm) {
        super(6);
        this.vm = vm;
        setId("detail-labour-markets");
        getStyleClass().add("detail-section");
        Label title = new Label(Messages.t("detail.section.labourMarkets"));
        title.getStyleClass().add("detail-section-title");
        summary.getStyleClass().add("detail-note");
        summary.setWrapText(true);
        Label source = new Label(Messages.t("detail.labourMarkets.source"));
        source.getStyleClass().add("detail-note");
        source.setWrapText(true);
        getChildren().addAll(title, summary, rows, source);
        managedProperty().bind(visibleProperty());
        vm.labourMarkets().addListener((ListChangeListener<DetailViewModel.LabourMarketItem>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        List<HBox> parts = new ArrayList<>();
        setVisible(!vm.labourMarkets().isEmpty());
        summary.setText(Messages.t("detail.labourMarkets.summary", vm.labourMarkets().size()));
        for (DetailViewModel.LabourMarketItem item : vm.labourMarkets()) {
            Label name = new Label(item.name());
            name.getStyleClass().add("member-name");
            name.setMinWidth(0);
            Label share = new Label(item.shareText());
            share.getStyleClass().add(item.whole() ? "labour-market-whole" : "labour-market-part");
            share.setMinWidth(Label.USE_PREF_SIZE);
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            HBox row = new HBox(6, name, spring, share);
            row.setId("labour-market-" + item.code());
            row.getStyleClass().add("member-row");
            row.setAccessibleRole(AccessibleRole.TEXT);
            row.setAccessibleText(item.accessibleText());
            parts.add(row);
        }
        rows.getChildren().setAll(parts);
        tabStop.setParts(parts);
    }
}
