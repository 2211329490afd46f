package nl.onderwijsregio.atlas.ui.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.ui.FocusInView;
import nl.onderwijsregio.atlas.ui.OneTabStop;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * "Landelijk beeld": the national evaluation's tables drawn as bar charts. Answer counts are stacked
 * bars over the 44 responding regions, from the first answer (left) to the last; percentages are plain
 * bars. Each chart names its source and n.
 */
public final class NationalPicturePane extends ScrollPane {

    static final double LABEL_WIDTH = 300;
    /** The widest a full bar gets; it narrows with the pane, down to {@link #MIN_BAR_WIDTH}. */
    static final double BAR_WIDTH = 440;
    static final double MIN_BAR_WIDTH = 160;
    /** Room beside label and bar: gaps, the "samen 42" note, the card's and the page's padding. */
    static final double BESIDE_BARS = 170;

    /** Width of a full bar now: bars narrow with the pane, so the note after a bar is never cut off. */
    private final DoubleProperty barWidth = new SimpleDoubleProperty(BAR_WIDTH);
    /** The light colours of the five-point scale (light orange, the neutral grey): their counts need dark type. */
    private static final Set<Integer> LIGHT_STEPS = Set.of(1, 2);
    /** How many rows Page Up and Page Down move within a chart. */
    private static final int PAGE = 5;

    public NationalPicturePane(NationalPictureViewModel vm) {
        setId("national-picture");
        getStyleClass().add("national-picture");
        setFitToWidth(true);
        VBox content = new VBox(18);
        content.setPadding(new Insets(16, 20, 24, 20));
        content.getStyleClass().add("national-content");
        Label heading = new Label(Messages.t("table.national.heading"));
        heading.getStyleClass().add("national-heading");
        Label intro = new Label(Messages.t("table.national.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("detail-note");
        content.getChildren().addAll(heading, intro);
        for (NationalPictureViewModel.Chart c : vm.charts()) {
            content.getChildren().add(chart(c));
        }
        setContent(content);
        // A row reached with the arrows below the pane's edge scrolls into sight.
        FocusInView.install(this);
        viewportBoundsProperty().addListener((o, old, bounds) -> barWidth.set(
                Math.max(MIN_BAR_WIDTH, Math.min(BAR_WIDTH, bounds.getWidth() - LABEL_WIDTH - BESIDE_BARS))));
    }

    private Node chart(NationalPictureViewModel.Chart c) {
        Label title = new Label(c.title());
        title.getStyleClass().add("national-title");
        title.setWrapText(true);
        VBox box = new VBox(6, title);
        box.setId("national-" + c.id());
        box.getStyleClass().add("national-chart");
        if (c.stacked()) {
            FlowPane legend = new FlowPane(10, 4);
            for (int i = 0; i < c.categories().size(); i++) {
                Region swatch = new Region();
                swatch.getStyleClass().addAll("national-swatch", "scale-" + i);
                Label name = new Label(c.categories().get(i), swatch);
                name.getStyleClass().add("national-legend");
                legend.getChildren().add(name);
            }
            box.getChildren().add(legend);
        }
        // Each chart's rows are one Tab stop, walked with the arrows: each a stop, the 36 rows took 36 Tabs.
        OneTabStop tabStop = new OneTabStop(box, PAGE);
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < c.bars().size(); i++) {
            Node row = row(c, c.bars().get(i));
            row.setId("national-" + c.id() + "-" + i);
            rows.add(row);
        }
        box.getChildren().addAll(rows);
        tabStop.setParts(rows);
        Label source = new Label(c.source());
        source.getStyleClass().add("national-source");
        source.setWrapText(true);
        box.getChildren().add(source);
        for (String note : c.notes()) {
            Label n = new Label(note);
            n.getStyleClass().add("national-note");
            n.setWrapText(true);
            box.getChildren().add(n);
        }
        return box;
    }

    private Node row(NationalPictureViewModel.Chart c, NationalPictureViewModel.Bar b) {
        Label label = new Label(b.label());
        label.setWrapText(true);
        label.setMinWidth(LABEL_WIDTH);
        label.setPrefWidth(LABEL_WIDTH);
        label.setMaxWidth(LABEL_WIDTH);
        label.getStyleClass().add("national-label");
        HBox bar = new HBox();
        bar.setAlignment(Pos.CENTER_LEFT);
        List<Integer> values = b.values();
        for (int i = 0; i < values.size(); i++) {
            Integer v = values.get(i);
            if (v == null) {
                // A blank cell is not a 0: a plain bar says so in words, a stacked one simply has no segment.
                if (!c.stacked()) {
                    bar.getChildren().add(valueAfterBar(Messages.t("table.national.blank"), "national-blank"));
                }
                continue;
            }
            String text = b.valueTexts().get(i);
            if (v > 0) {
                bar.getChildren().add(segment(c, i, v, text));
            }
            // A printed 0% has no bar to draw, but its number still shows, so the row does not look empty.
            if (!c.stacked()) {
                bar.getChildren().add(valueAfterBar(text, "national-value"));
            }
        }
        if (c.stacked() && b.sum() != c.scale()) {
            bar.getChildren().add(valueAfterBar(Messages.t("table.national.sum", b.sum()), "national-note"));
        }
        HBox row = new HBox(10, label, bar);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(bar, Priority.ALWAYS);
        row.setAccessibleText(b.accessibleText());
        row.getStyleClass().add("national-row");
        return row;
    }

    private Node segment(NationalPictureViewModel.Chart c, int step, int v, String text) {
        double share = (double) v / c.scale();
        Region fill = new Region();
        fill.getStyleClass().addAll("national-segment", c.stacked() ? "scale-" + step : "national-plain");
        fill.setMinHeight(18);
        fill.setPrefHeight(18);
        fill.setMaxHeight(18);
        fill.minWidthProperty().bind(barWidth.multiply(share));
        fill.prefWidthProperty().bind(fill.minWidthProperty());
        fill.maxWidthProperty().bind(fill.minWidthProperty());
        StackPane segment = new StackPane(fill);
        // A count is printed where its digits fit (about 7 px each at the chart's 11 px bold), so a lone "1" of the
        // 44 regions (10 px of a full bar) is read too, not only hovered.
        if (c.stacked() && BAR_WIDTH * share >= 7 * text.length() + 2) {
            Label count = new Label(text);
            count.getStyleClass().add("national-count");
            if (LIGHT_STEPS.contains(step)) {
                count.getStyleClass().add("on-light");
            }
            segment.getChildren().add(count);
        }
        Tooltip.install(segment, new Tooltip(Messages.t("table.national.share", c.categories().get(step), text)));
        return segment;
    }

    private static Label valueAfterBar(String text, String style) {
        Label value = new Label(text);
        value.getStyleClass().add(style);
        value.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setMargin(value, new Insets(0, 0, 0, 6));
        return value;
    }
}
