package nl.onderwijsregio.atlas.ui.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import nl.onderwijsregio.atlas.ui.detail.WholeWords;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * "Landelijk beeld": the national evaluation's tables drawn as bar charts. Answer counts are stacked
 * bars over the 44 responding regions, from the first answer (left) to the last; percentages are plain
 * bars. Each chart names its source and n.
 */
public final class NationalPicturePane extends ScrollPane {

    /** The widest a row's label gets; in a narrow pane it takes {@link #LABEL_SHARE} of the row and wraps. */
    static final double LABEL_WIDTH = 300;
    /** The widest a full bar gets; in a narrow pane it takes what the label leaves. */
    static final double BAR_WIDTH = 440;
    static final double LABEL_SHARE = 0.45;
    /** The most of the row a label takes to keep its longest word whole ("schoolbesturen/scholen"). */
    static final double MOST_LABEL_SHARE = 0.6;
    /** Room in pixels beside label and bar: the page's and the card's padding, the row's ring, the gap between. */
    static final double FRAME = 80;
    /**
     * Room for the "samen 42" or "100%" after a bar, in the pane's text size: it grows with Extra groot, where a
     * fixed room let the rows push the page wider than the pane.
     */
    static final double NOTE_EMS = 5;

    /** Width of a full bar now: bars narrow with the pane, so the note after a bar is never cut off. */
    private final DoubleProperty barWidth = new SimpleDoubleProperty(BAR_WIDTH);
    private final DoubleProperty labelWidth = new SimpleDoubleProperty(LABEL_WIDTH);
    /** Every row's label, one line, for the longest word a label must keep whole. */
    private final String labels;
    /** The light colours of the five-point scale (light orange, the neutral grey): their counts need dark type. */
    private static final Set<Integer> LIGHT_STEPS = Set.of(1, 2);
    /** How many rows Page Up and Page Down move within a chart. */
    private static final int PAGE = 5;

    public NationalPicturePane(NationalPictureViewModel vm) {
        setId("national-picture");
        getStyleClass().add("national-picture");
        setFitToWidth(true);
        labels = String.join(" ", vm.charts().stream().flatMap(c -> c.bars().stream())
                .map(NationalPictureViewModel.Bar::label).toList());
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
        viewportBoundsProperty().addListener((o, old, bounds) -> fit(intro));
        intro.fontProperty().addListener((o, old, font) -> fit(intro));
    }

    /**
     * Shares the pane's width between labels and bars, so the page is never wider than the pane and needs no
     * sideways scrolling; {@code text} is in the font of the labels and tells the text size the notes after the bars
     * are in. JavaFX breaks a word too long for its label anywhere ("schoolbesturen/sc / holen"), so a label is as wide
     * as the longest word, while that leaves the bar room.
     */
    private void fit(Label text) {
        double room = getViewportBounds().getWidth() - FRAME - NOTE_EMS * text.getFont().getSize();
        double wholeWords = Math.min(WholeWords.longestWord(labels, text.getFont()), room * MOST_LABEL_SHARE);
        double label = Math.max(0, Math.max(wholeWords, Math.min(LABEL_WIDTH, room * LABEL_SHARE)));
        labelWidth.set(label);
        barWidth.set(Math.max(0, Math.min(BAR_WIDTH, room - label)));
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
        label.minWidthProperty().bind(labelWidth);
        label.prefWidthProperty().bind(labelWidth);
        label.maxWidthProperty().bind(labelWidth);
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
        if (c.stacked()) {
            Label count = new Label(text);
            count.getStyleClass().add("national-count");
            if (LIGHT_STEPS.contains(step)) {
                count.getStyleClass().add("on-light");
            }
            // A count is printed only where its digits fit in the bar as wide as it is now, at the text size now:
            // beside each other a 1 and a 3 too wide for theirs read as "13". The tooltip still names it.
            BooleanBinding fits = Bindings.createBooleanBinding(() -> count.prefWidth(-1) + 2 <= fill.getMinWidth(),
                    fill.minWidthProperty(), count.fontProperty());
            count.visibleProperty().bind(fits);
            count.managedProperty().bind(fits);
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
