package nl.onderwijsregio.atlas.ui.table;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.summary.RegionColumn;
import nl.onderwijsregio.atlas.ui.BesideOrBelow;
import nl.onderwijsregio.atlas.ui.FocusInView;
import nl.onderwijsregio.atlas.ui.LongTooltip;
import nl.onderwijsregio.atlas.ui.OneTabStop;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * A horizontal bar chart of one figure across the regions of one sector, largest first. Each bar is a
 * row (name, bar, value) that selects its region when clicked; the selected region's bar stands out.
 * Rows rather than a chart control, so long names stay readable and every bar is keyboard-reachable: the
 * bars are one stop for Tab ({@link OneTabStop}), the arrows go from bar to bar, and Enter or Space selects
 * the focused bar's region. Each bar a stop, 49 of them stood between the table and the rest of the window.
 */
public final class BarChartPane extends VBox {

    /** The narrowest the name column gets: beside the map there is little room, and bars need some. */
    static final double NAME_WIDTH = 190;
    /** The most of the chart's width the names may take, so that the bars keep the larger part. */
    static final double NAME_SHARE = 0.4;
    /** The shortest the longest bar gets. */
    private static final double LEAST_BAR = 40;

    /** A bar's id is this and its region's id. */
    private static final String BAR_ID = "bar-";

    private final TableViewModel vm;
    private final VBox bars = new VBox(2);
    /** About the bars the chart shows beside the table. */
    private static final int PAGE = 5;
    private final OneTabStop tabStop = new OneTabStop(bars, PAGE);
    /** Footnotes under the last bar, scrolling with them: below the chart they would take the table's height. */
    private final Label note = new Label();
    private final Label title = new Label();
    private double builtAtFontSize;
    /** How wide the rows of bars are at the least: the narrowest name column, a short bar and the widest value. */
    private double leastRow;
    private final ScrollPane scroll = new ScrollPane();

    public BarChartPane(TableViewModel vm) {
        this.vm = vm;
        setId("bar-chart");
        getStyleClass().add("bar-chart");

        ComboBox<RegionColumn> figure = new FigureBox();
        figure.setId("chart-figure");
        figure.getItems().setAll(TableViewModel.chartColumns());
        figure.setConverter(new StringConverter<>() {
            @Override
            public String toString(RegionColumn c) {
                return c == null ? "" : Messages.t(c.labelKey());
            }

            @Override
            public RegionColumn fromString(String s) {
                return null;
            }
        });
        figure.valueProperty().bindBidirectional(vm.chartColumnProperty());
        ComboBox<Sector> sector = new ComboBox<>();
        sector.setId("chart-sector");
        sector.getItems().setAll(Sector.values());
        sector.valueProperty().bindBidirectional(vm.chartSectorProperty());
        title.getStyleClass().add("chart-title");
        title.setWrapText(true);
        // All its lines: held to one line in a low chart it read "Leerlingen en studenten per …". It scrolls with the
        // bars (rebuild), so that in a low chart beside the map it does not take their room.
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(vm.chartTitleProperty());
        Label figureLabel = new Label(Messages.t("table.chart.figure"));
        Label sectorLabel = new Label(Messages.t("table.chart.sector"));
        figureLabel.setId("chart-figure-label");
        sectorLabel.setId("chart-sector-label");
        // Names and boxes whole, each box after its name, or under it, and the sector under the figure, where the
        // chart beside the map has too little room for them on one line.
        figureLabel.setMinWidth(Region.USE_PREF_SIZE);
        sectorLabel.setMinWidth(Region.USE_PREF_SIZE);
        sector.setMinWidth(Region.USE_PREF_SIZE);
        HBox sectorPair = new HBox(8, sectorLabel, sector);
        sectorPair.setAlignment(Pos.CENTER_LEFT);
        sectorPair.setMinWidth(Region.USE_PREF_SIZE);
        Region controls = BesideOrBelow.secondAfterFirst(BesideOrBelow.secondAfterFirst(figureLabel, figure, 8),
                sectorPair, 16);
        controls.getStyleClass().add("chart-controls");
        note.getStyleClass().add("chart-note");
        note.setWrapText(true);
        note.textProperty().bind(vm.chartNoteProperty());
        note.visibleProperty().bind(vm.chartNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        scroll.setContent(bars);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        FocusInView.install(scroll);
        bars.getStyleClass().add("chart-bars");
        getChildren().addAll(controls, scroll);

        vm.bars().addListener((ListChangeListener<TableViewModel.Bar>) c -> rebuild());
        vm.selectedRegionIdProperty().addListener((obs, o, id) -> markSelected(id));
        // the scroll pane's, not the chart's: when the chart's width changes the scroll pane still has its old one
        scroll.widthProperty().addListener((obs, o, w) -> rebuild());
        rebuild();
    }

    /**
     * Names and values are measured as the bars are built, so a text size chosen while the chart is open has them
     * measured again: in the layout after the CSS pass that changed the font, when the new size is known.
     */
    @Override
    protected void layoutChildren() {
        if (title.getFont().getSize() != builtAtFontSize) {
            rebuild();
        }
        super.layoutChildren();
    }

    /**
     * No narrower than its rows of bars, beside the scroll bar: the scroll pane they are in asks for next to nothing,
     * and a chart given less ran its values ("159.8") and its title past its right edge.
     */
    @Override
    protected double computeMinWidth(double height) {
        double bars = widthOf(scroll.getInsets()) + widthOf(this.bars.getInsets()) + leastRow + verticalBarWidth();
        return Math.max(super.computeMinWidth(height), snappedLeftInset() + bars + snappedRightInset());
    }

    private void rebuild() {
        builtAtFontSize = title.getFont().getSize();
        bars.getChildren().setAll(title);
        double max = vm.bars().stream().mapToDouble(TableViewModel.Bar::value).max().orElse(0);
        List<Label> names = new ArrayList<>();
        List<Region> fills = new ArrayList<>();
        List<Label> values = new ArrayList<>();
        List<HBox> rows = new ArrayList<>();
        for (TableViewModel.Bar b : vm.bars()) {
            Label name = new Label(b.name());
            name.getStyleClass().add("bar-name");
            name.setAlignment(Pos.CENTER_RIGHT);
            names.add(name);
            Region bar = new Region();
            bar.getStyleClass().add("bar");
            fills.add(bar);
            Label value = new Label(b.valueText() + (b.allSectors() ? " *" : "")
                    + (b.entered() ? " " + Messages.t("table.chart.entered.mark") : "") + (b.doubts().isEmpty() ? "" : " ⚠"));
            value.getStyleClass().add("bar-value");
            // As in the table (RegionTableCell), a number is never shown cut: the bars give way instead.
            value.setMinWidth(Region.USE_PREF_SIZE);
            values.add(value);
            if (!b.doubts().isEmpty()) {
                value.getStyleClass().add("bar-value-doubted");
            }
            HBox row = new HBox(6, name, new StackPane(bar), value);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("bar-row");
            row.setId(BAR_ID + b.regionId());
            row.setUserData(b.regionId());
            // The whole row's tooltip names the region in full, also where the name column cuts it.
            String text = String.join("\n", java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(Messages.t("table.chart.bar", b.name(), b.valueText())),
                    java.util.stream.Stream.concat(b.entered()
                            ? java.util.stream.Stream.of(Messages.t("table.chart.entered.tip", vm.publicationTitle()))
                            : java.util.stream.Stream.empty(), b.doubts().stream())).toList());
            row.setAccessibleText(text);
            Tooltip.install(row, LongTooltip.of(text));
            row.setOnMouseClicked(e -> vm.select(b.regionId()));
            row.setOnKeyPressed(e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                    vm.open(b.regionId());
                    e.consume();
                }
            });
            rows.add(row);
            bars.getChildren().add(row);
        }
        double nameWidth = nameWidth(names);
        double room = barRoom(rowWidth(), nameWidth, widest(values), rows.isEmpty() ? 0 : chromeOf(rows.get(0)));
        for (int i = 0; i < names.size(); i++) {
            Label name = names.get(i);
            name.setMinWidth(nameWidth);
            name.setPrefWidth(nameWidth);
            name.setMaxWidth(nameWidth);
            double w = max <= 0 ? 0 : Math.max(1, room * vm.bars().get(i).value() / max);
            fills.get(i).setMinWidth(w);
            fills.get(i).setPrefWidth(w);
            fills.get(i).setMaxWidth(w);
        }
        bars.getChildren().add(note);
        leastRow = NAME_WIDTH + LEAST_BAR + Math.ceil(widest(values))
                + Math.ceil(rows.isEmpty() ? 0 : chromeOf(rows.get(0)));
        tabStop.setParts(rows);
        markSelected(vm.selectedRegionIdProperty().get());
    }

    /**
     * As wide as the longest name needs, within {@link #NAME_WIDTH} and {@link #NAME_SHARE} of the
     * chart: the full-width table view shows "Twente, Achterhoek, Oost-Salland" whole, beside the map
     * the bars keep their room.
     */
    private double nameWidth(List<Label> names) {
        bars.applyCss();
        double longest = names.stream().mapToDouble(n -> n.prefWidth(-1)).max().orElse(0);
        return Math.max(NAME_WIDTH, Math.min(longest, getWidth() * NAME_SHARE));
    }

    /**
     * The length of the longest bar in rows {@code rowWidth} wide: what the name, the widest value (at its text size,
     * with its marks) and the row's own padding and gaps ({@code rowChrome}) leave. A guess at the gaps and the
     * scroll bar from the font size let the scroll bar cover the end of "159.846 *" at normal text on a laptop.
     */
    static double barRoom(double rowWidth, double nameWidth, double valueWidth, double rowChrome) {
        return Math.max(LEAST_BAR, rowWidth - nameWidth - valueWidth - rowChrome);
    }

    /**
     * The width a row of bars has: inside the scroll pane, less its vertical scroll bar whether that shows or not
     * (a chart whose note wraps onto a scroll bar would otherwise lay its bars out anew, and again without it).
     */
    private double rowWidth() {
        return scroll.getWidth() - widthOf(scroll.getInsets()) - widthOf(bars.getInsets()) - verticalBarWidth();
    }

    /** The vertical scroll bar's width in its own style; before the scroll pane has its skin, one at the usual size. */
    private double verticalBarWidth() {
        for (Node n : scroll.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                return Math.max(bar.getWidth(), bar.prefWidth(-1));
            }
        }
        return 16;
    }

    /** What a row takes besides its name, bar and value: its padding and border, and the gaps between them. */
    private static double chromeOf(HBox row) {
        return widthOf(row.getInsets()) + row.getSpacing() * (row.getChildren().size() - 1);
    }

    private static double widthOf(Insets insets) {
        return insets.getLeft() + insets.getRight();
    }

    private static double widest(List<Label> labels) {
        return labels.stream().mapToDouble(l -> l.prefWidth(-1)).max().orElse(0);
    }

    /** Marks the chosen region's bar, and makes it where Tab enters the chart: the first bar is seldom the one read. */
    private void markSelected(String id) {
        for (var n : bars.getChildren()) {
            n.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), id != null
                    && id.equals(n.getUserData()));
        }
        tabStop.standAt(id == null ? null : BAR_ID + id);
    }

    /**
     * The figure box, as wide as its chosen figure needs: squeezed to 120 pixels beside Sector it read "Le…" even in
     * normal type. Its widest choice ("Gemeenten met overlap (in een van de sectoren van de regio)") would take more
     * than the chart has beside the map, so no more than {@link #MOST_EM} em; the title names the figure whole.
     */
    private static final class FigureBox extends ComboBox<RegionColumn> {

        private static final double MOST_EM = 16;

        FigureBox() {
            // Another figure chosen is another width.
            valueProperty().addListener((o, was, now) -> requestLayout());
        }

        @Override
        protected double computePrefWidth(double height) {
            Node shown = getSkin() instanceof ComboBoxListViewSkin<?> skin ? skin.getDisplayNode() : null;
            Node arrow = lookup(".arrow-button");
            if (!(shown instanceof Labeled cell) || arrow == null) {
                return super.computePrefWidth(height);
            }
            double whole = snappedLeftInset() + cell.prefWidth(-1) + arrow.prefWidth(-1) + snappedRightInset();
            return Math.ceil(Math.min(whole, MOST_EM * cell.getFont().getSize()));
        }

        @Override
        protected double computeMinWidth(double height) {
            return computePrefWidth(height);
        }
    }
}
