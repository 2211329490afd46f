package nl.onderwijsregio.atlas.ui.table;

import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.summary.NumberText;
import nl.onderwijsregio.atlas.core.summary.RegionColumn;
import nl.onderwijsregio.atlas.core.summary.RegionRow;
import nl.onderwijsregio.atlas.ui.ColumnHeaders;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The table of all regions: a filter bar (sector, free text, count, CSV export) above a sortable table
 * whose columns come from {@link RegionColumn}, the same list the CSV export uses.
 */
public final class RegionTablePane extends VBox {

    private final TableViewModel vm;
    private final TableView<RegionRow> table = new TableView<>();
    private static final javafx.css.PseudoClass MARKED = javafx.css.PseudoClass.getPseudoClass("marked");

    private final Button export = new Button(Messages.t("table.export"));
    private boolean syncing;

    public RegionTablePane(TableViewModel vm) {
        this.vm = vm;
        setId("region-table-pane");
        getStyleClass().add("region-table-pane");

        ComboBox<Sector> sector = sectorChoice(Messages.t("table.filter.all"));
        sector.setId("table-sector-filter");
        sector.valueProperty().bindBidirectional(vm.sectorFilterProperty());
        TextField query = new TextField();
        query.setId("table-query");
        query.setPromptText(Messages.t("table.filter.prompt"));
        query.textProperty().bindBidirectional(vm.queryProperty());
        query.setPrefColumnCount(16);
        Label count = new Label();
        count.setId("table-count");
        count.getStyleClass().add("table-count");
        count.textProperty().bind(vm.countTextProperty());
        export.setId("table-export");
        // Wraps rather than cuts: beside the map and the detail pane the table has little width.
        FlowPane bar = new FlowPane(8, 6, sector, query, count, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("table-filter-bar");

        table.setId("region-table");
        table.setPlaceholder(new Label(Messages.t("table.empty")));
        // Beside the map the table is narrow: the menu at the header's right hides what one does not need.
        table.setTableMenuButtonVisible(true);
        for (RegionColumn c : RegionColumn.values()) {
            table.getColumns().add(column(c));
        }
        // The data file's order means nothing to a reader: the regions open A to Z, with the arrow on Regio saying so.
        table.getSortOrder().add(table.getColumns().get(RegionColumn.NAME.ordinal()));
        // What the user sees is what the CSV export writes, also after dragging a column elsewhere.
        table.getColumns().addListener((javafx.collections.ListChangeListener<Object>) c -> vm.columnOrder().setAll(
                table.getColumns().stream().map(col -> (RegionColumn) col.getUserData()).toList()));
        vm.rows().comparatorProperty().bind(table.comparatorProperty());
        table.setItems(vm.rows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null) {
                vm.select(row.id());
            }
        });
        vm.selectedRegionIdProperty().addListener((obs, old, id) -> showSelected(id));
        table.heightProperty().addListener((obs, o, n) -> Platform.runLater(this::revealSelected));
        // A sort or a filter moves the chosen row: the view stayed where it was (Zwolle en omgeving out of sight at
        // the top after S, S) or went to the top once the filter was cleared. The table's own layout takes in the
        // new rows first, else it puts the view back at the top after the reveal.
        vm.rows().addListener((javafx.collections.ListChangeListener<RegionRow>) c -> Platform.runLater(() -> {
            showSelected(vm.selectedRegionIdProperty().get());
            table.layout();
            revealSelected();
        }));
        table.setOnKeyPressed(e -> {
            RegionRow row = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && row != null) {
                vm.open(row.id());
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            var r = new TableRow<RegionRow>() {
                @Override
                protected void updateItem(RegionRow row, boolean empty) {
                    super.updateItem(row, empty);
                    pseudoClassStateChanged(MARKED, !empty && row != null
                            && vm.markedRegionIdsProperty().get().contains(row.id()));
                }
            };
            r.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && r.getItem() != null) {
                    vm.open(r.getItem().id());
                }
            });
            return r;
        });
        vm.markedRegionIdsProperty().addListener((obs, o, n) -> table.refresh());
        vm.doubtsVersionProperty().addListener((obs, o, n) -> table.refresh());
        // Scrolling sideways moves the rows under the table's edge without laying their cells out again.
        table.skinProperty().addListener((obs, o, skin) -> followSidewaysScrolling());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
        TableKeys.install(table);
        downToTheRows(query);
        HeadersInView.install(table, this::visibleRows);
        openAtTheTopOrTheSelection();
        fitNamesAndSectors();
    }

    /**
     * Down in the filter field goes to the first row it kept, as in a search field: a keyboard user otherwise
     * reached the rows only with Tab past the count and "Exporteer CSV…".
     */
    private void downToTheRows(TextField query) {
        query.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().clearAndSelect(0);
                table.getFocusModel().focus(0);
                table.scrollTo(0);
                e.consume();
            }
        });
    }

    /**
     * A table shown anew opens at the chosen region, else at its first row, and a choice cleared elsewhere (Esc on
     * the map) brings it back to the top: it stayed at the rows of the region last chosen (Zaanstreek, Zeeuwse,
     * Zuidwest) while sorted A to Z with nothing chosen. Not while the reader works in the table: they keep their place.
     */
    private void openAtTheTopOrTheSelection() {
        table.sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> {
                    if (table.getSelectionModel().getSelectedIndex() >= 0) {
                        revealSelected();
                    } else {
                        table.scrollTo(0);
                    }
                });
            }
        });
        vm.selectedRegionIdProperty().addListener((obs, o, id) -> {
            if (id == null && !table.isFocused()) {
                table.scrollTo(0);
            }
        });
    }

    /**
     * At 150 % text the fixed widths cut "PO VO MBO" to "PO VO M…" and ended two regions alike in "Leiden, Duin- en
     * Bol…". Sectoren is at least as wide as its longest value in the cells' own font. A name too long for its
     * column loses its middle, not its end: widening the names until "Leiden, Duin- en Bollenstreek (vo/mbo)" fits
     * would push every figure out of the table beside the map, while the start (the table's order) and the end
     * (what tells "(po)" from "(vo/mbo)") are what set a name apart. Every other cell's tooltip names the region whole.
     */
    private void fitNamesAndSectors() {
        String allSectors = String.join(" ", java.util.Arrays.stream(Sector.values()).map(Sector::name).toList());
        for (var col : table.getColumns()) {
            if ("col-name".equals(col.getId())) {
                fitCells(col, OverrunStyle.CENTER_WORD_ELLIPSIS, null);
            } else if ("col-sectors".equals(col.getId())) {
                fitCells(col, null, allSectors);
            }
        }
    }

    /** Gives the column's cells {@code overrun} (when not null) and the column room for {@code widest} (when not null). */
    private static <T> void fitCells(TableColumn<RegionRow, T> col,
                                     OverrunStyle overrun, String widest) {
        var made = col.getCellFactory();
        col.setCellFactory(c -> {
            var cell = made.call(c);
            if (overrun != null) {
                cell.setTextOverrun(overrun);
            }
            if (widest != null) {
                cell.fontProperty().addListener((o, was, font) -> {
                    // the cell's padding and a little air, in the same font
                    col.setMinWidth(Math.ceil(ColumnHeaders.widthOf(widest, font) + font.getSize() * 1.2));
                });
            }
            return cell;
        });
    }

    /**
     * Makes the selected row wholly visible. The table's own scrollTo puts a row at the top, which the
     * last rows cannot reach, and a table that opens (or grows a horizontal scroll bar) after the choice
     * was made left the chosen row under that scroll bar; the flow's scrollTo scrolls just far enough.
     */
    private void revealSelected() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index >= 0 && table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            ScrollBar bar = horizontalBar(flow);
            flow.scrollTo(index);
            // The flow counts its horizontal bar only once it has laid out with it: what the bar still covers of
            // the row (a column widened to its font after the reveal, say) is scrolled up from under it.
            flow.layout();
            IndexedCell<?> row = flow.getVisibleCell(index);
            if (row != null && bar != null && bar.isVisible()) {
                double under = row.localToScene(row.getBoundsInLocal()).getMaxY()
                        - bar.localToScene(bar.getBoundsInLocal()).getMinY();
                if (under > 0) {
                    flow.scrollPixels(under);
                }
            }
        }
    }

    private boolean followingHorizontalBar;

    /**
     * The flow's horizontal scroll bar, followed: one that comes after the reveal covers the bottom row without
     * changing the table's height, so the row is revealed again above it.
     */
    private ScrollBar horizontalBar(VirtualFlow<?> flow) {
        for (Node n : flow.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                if (!followingHorizontalBar) {
                    bar.visibleProperty().addListener((obs, was, now) -> Platform.runLater(this::revealSelected));
                    followingHorizontalBar = true;
                }
                return bar;
            }
        }
        return null;
    }

    /** Follows a selection made elsewhere (map, search, detail pane) without echoing it back. */
    private void showSelected(String id) {
        RegionRow current = table.getSelectionModel().getSelectedItem();
        if (current != null && current.id().equals(id)) {
            return;
        }
        syncing = true;
        try {
            RegionRow match = id == null ? null : vm.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
            if (match == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(match);
                table.scrollTo(match);
                Platform.runLater(this::revealSelected);
            }
        } finally {
            syncing = false;
        }
    }

    private TableColumn<RegionRow, Comparable<?>> column(RegionColumn c) {
        // A short header with the full label (as the CSV export writes it) in its tooltip.
        var col = new TableColumn<RegionRow, Comparable<?>>();
        Label header = new Label(Messages.t("table.header." + c.name().toLowerCase(Locale.ROOT)));
        // The header shows only the label (atlas.css); the text names the column in the column menu.
        col.setText(header.getText());
        header.setTooltip(new Tooltip(Messages.t(c.labelKey())));
        header.getStyleClass().add("table-header-label");
        col.setGraphic(header);
        if (c == RegionColumn.NAME) {
            // Without the names the rows are anonymous numbers: the column menu cannot hide them.
            col.visibleProperty().addListener((obs, was, now) -> col.setVisible(true));
        } else {
            col.setVisible(!vm.hiddenColumnsProperty().get().contains(c.name()));
            col.visibleProperty().addListener((obs, was, now) -> vm.showColumn(c, now));
            vm.hiddenColumnsProperty().addListener((obs, o, hidden) -> col.setVisible(!hidden.contains(c.name())));
        }
        col.setId("col-" + c.name().toLowerCase(Locale.ROOT));
        col.setUserData(c);
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(c.value(cd.getValue())));
        col.setComparator((a, b) -> RegionColumn.comparator(
                col.getSortType() == TableColumn.SortType.DESCENDING).compare(a, b));
        col.setCellFactory(x -> new RegionTableCell(c, vm::figureDoubts, this::visibleRows));
        if (c.isNumeric()) {
            col.getStyleClass().add("numeric");
        }
        double least = c == RegionColumn.NAME ? 230 : c == RegionColumn.SECTORS ? 95 : 100;
        col.setPrefWidth(Math.max(least, widthOf(header) + HEADER_CHROME_PX));
        // The header draws its label bold, and larger in high contrast: measured in a plain font, "Besturen po" was
        // cut to "Besture…" once sorted. The font is the header's own once styled, and follows the appearance.
        header.fontProperty().addListener((o, was, font) -> col.setPrefWidth(Math.max(least, widthOf(header) + HEADER_CHROME_PX)));
        return col;
    }

    /** The area showing the rows, within the table's edges and scroll bars; null before the table has its skin. */
    private Node visibleRows() {
        if (visibleRows == null) {
            visibleRows = table.lookup(".clipped-container");
        }
        return visibleRows;
    }

    private Node visibleRows;

    /** Lets the numeric cells keep their numbers whole once the rows move under the table's edge, or it moves. */
    private void followSidewaysScrolling() {
        visibleRows = null;
        if (visibleRows() instanceof Region rows) {
            // After the pulse that moved the rows: a layout asked for within it is lost, and the cells kept the
            // room they had before the scroll (whole columns of "…" or nothing).
            InvalidationListener refit = o -> Platform.runLater(
                    () -> table.lookupAll("." + RegionTableCell.NUMERIC)
                            .forEach(cell -> ((RegionTableCell) cell).keepTextInView()));
            // the rows' container itself moves sideways as the table scrolls (its clip moving the other way)
            rows.layoutXProperty().addListener(refit);
            rows.widthProperty().addListener(refit);
        }
    }

    /** The header's padding and the room a sort arrow takes beside the label. */
    private static final double HEADER_CHROME_PX = ColumnHeaders.CHROME_PX;

    /** Wide enough for its header in the header's font, so "Besturen po" and "Besturen vo" are never both cut to "Besturen …". */
    private static double widthOf(Label header) {
        return ColumnHeaders.widthOf(header.getText(), header.getFont());
    }

    /** A cell's text: Dutch numbers, "onbekend" for an absent figure, yes or nothing for voorloper. */
    static String format(RegionColumn c, Object value) {
        Locale locale = Messages.current().locale();
        if (value == null) {
            return Messages.t("detail.unknown");
        }
        return switch (c) {
            case NAME, SECTORS -> value.toString();
            case AREA -> NumberText.area((Double) value, locale);
            case VOORLOPER -> (Boolean) value ? Messages.t("detail.yes") : "";
            default -> NumberText.integer((Long) value, locale);
        };
    }

    /** A sector picker whose first, empty choice reads {@code noneText} ("all sectors"). */
    static ComboBox<Sector> sectorChoice(String noneText) {
        ComboBox<Sector> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(Sector.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Sector s) {
                return s == null ? noneText : s.name();
            }

            @Override
            public Sector fromString(String text) {
                return Sector.parse(text).orElse(null);
            }
        });
        box.setCellFactory(v -> sectorCell(noneText));
        box.setButtonCell(sectorCell(noneText));
        return box;
    }

    private static ListCell<Sector> sectorCell(String noneText) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Sector s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s == null ? noneText : s.name());
            }
        };
    }

    public TableView<RegionRow> table() {
        return table;
    }

    public Button exportButton() {
        return export;
    }
}
