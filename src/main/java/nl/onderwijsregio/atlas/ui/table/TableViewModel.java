package nl.onderwijsregio.atlas.ui.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import nl.onderwijsregio.atlas.core.check.Finding;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.summary.AtlasSummary;
import nl.onderwijsregio.atlas.core.summary.FigureCaveats;
import nl.onderwijsregio.atlas.core.summary.NumberText;
import nl.onderwijsregio.atlas.core.summary.RegionColumn;
import nl.onderwijsregio.atlas.core.summary.RegionRow;
import nl.onderwijsregio.atlas.core.summary.TableCsv;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.FocusRequest;
import nl.onderwijsregio.atlas.ui.SummaryModel;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The table of all regions and its bar chart: rows filtered by sector and free text, the selection
 * shared with the rest of the app, and the bars of one figure across one sector's regions.
 */
public final class TableViewModel {

    /**
     * A bar of the chart. {@code allSectors}: the figure is the region's total over every sector it serves, more
     * than the chart's sector alone (the publication gives one number per region card). {@code entered}: the
     * region was made in the atlas, so its figure was typed in there, not taken from a region card.
     */
    public record Bar(String regionId, String name, double value, String valueText, boolean allSectors,
                      boolean entered, List<String> doubts) {
    }

    private final AtlasState state;
    private final SummaryModel summary;
    /** The validator's doubts about a region's figures, by region id, for the regions that have some. */
    private Map<String, List<String>> figureDoubts = Map.of();
    /** Counts up whenever the doubts change, so the table marks its cells anew. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper doubtsVersion = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "doubtsVersion");
    private final ObservableList<RegionRow> rows = FXCollections.observableArrayList();
    private final FilteredList<RegionRow> filtered = new FilteredList<>(rows);
    private final SortedList<RegionRow> sorted = new SortedList<>(filtered);
    private final ObjectProperty<Sector> sectorFilter = new SimpleObjectProperty<>(this, "sectorFilter");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");

    private final ObjectProperty<RegionColumn> chartColumn =
            new SimpleObjectProperty<>(this, "chartColumn", RegionColumn.LEERLINGEN_STUDENTEN);
    private final ObjectProperty<Sector> chartSector = new SimpleObjectProperty<>(this, "chartSector", Sector.PO);
    private final ObservableList<Bar> bars = FXCollections.observableArrayList();
    private final ObservableList<RegionColumn> columnOrder = FXCollections.observableArrayList(RegionColumn.values());
    private final ReadOnlyStringWrapper chartTitle = new ReadOnlyStringWrapper(this, "chartTitle", "");
    private final ReadOnlyStringWrapper chartNote = new ReadOnlyStringWrapper(this, "chartNote", "");

    public TableViewModel(AtlasState state, SummaryModel summary) {
        this.state = state;
        this.summary = summary;
        summary.summaryProperty().addListener((obs, old, s) -> load(s));
        summary.findingsProperty().addListener((obs, old, f) -> {
            refreshDoubts();
            rebuildBars();
        });
        sectorFilter.addListener((obs, o, n) -> refilter());
        query.addListener((obs, o, n) -> refilter());
        chartColumn.addListener((obs, o, n) -> rebuildBars());
        chartSector.addListener((obs, o, n) -> rebuildBars());
        chartSector.set(state.sectorProperty().get());
        state.sectorProperty().addListener((obs, o, s) -> chartSector.set(s));
        countText.bind(Bindings.createStringBinding(() -> Messages.t("table.count", filtered.size(), rows.size()),
                filtered, rows));
        load(summary.summary());
    }

    private void load(AtlasSummary loaded) {
        rows.setAll(loaded == null ? List.of() : loaded.rows());
        refilter();
        refreshDoubts();
        rebuildBars();
    }

    private void refreshDoubts() {
        AtlasSummary shown = summary.summary();
        List<Finding> findings = summary.findingsProperty().get();
        figureDoubts = shown == null || findings == null ? Map.of()
                : FigureCaveats.doubtsByRegion(shown.atlas().regions(), findings, Messages.current().locale());
        doubtsVersion.set(doubtsVersion.get() + 1);
    }

    /** The validator's doubts about the figures of {@code regionId}, each as a line to read on its own; mostly none. */
    public List<String> figureDoubts(String regionId) {
        return figureDoubts.getOrDefault(regionId, List.of()).stream()
                .map(d -> Messages.t("detail.figures.caveat", d)).toList();
    }

    public javafx.beans.property.ReadOnlyIntegerProperty doubtsVersionProperty() {
        return doubtsVersion.getReadOnlyProperty();
    }

    /**
     * Keeps the rows of the sector chosen that answer the query. Whether a row answers a typo depends on how well
     * the other rows answer, so the answer is worked out for all rows at once, again whenever they change.
     */
    private void refilter() {
        Sector s = sectorFilter.get();
        List<RegionRow> inSector = rows.stream().filter(r -> s == null || r.serves(s)).toList();
        Set<String> answering = new java.util.HashSet<>();
        RegionRow.answering(query.get(), inSector).forEach(r -> answering.add(r.id()));
        filtered.setPredicate(r -> answering.contains(r.id()));
    }

    private void rebuildBars() {
        RegionColumn column = chartColumn.get();
        Sector sector = chartSector.get();
        Locale locale = Messages.current().locale();
        List<Bar> list = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean regionTotal = column == RegionColumn.LEERLINGEN_STUDENTEN || column == RegionColumn.OPLEIDERS;
        for (RegionRow r : rows) {
            if ((sector != null && !r.serves(sector)) || !column.appliesTo(r)) {
                continue;
            }
            Object v = column.value(r);
            if (v == null) {
                missing.add(r.name());
                continue;
            }
            double value = ((Number) v).doubleValue();
            String text = v instanceof Double d ? NumberText.area(d, locale) : NumberText.integer((Long) v, locale);
            boolean allSectors = regionTotal && sector != null
                    && java.util.Arrays.stream(Sector.values()).anyMatch(s -> s != sector && r.serves(s));
            list.add(new Bar(r.id(), r.name(), value, text, allSectors, column.figure() != null && !r.hasCard(),
                    column.figure() == null ? List.of() : figureDoubts(r.id())));
        }
        list.sort(Comparator.comparingDouble(Bar::value).reversed().thenComparing(Bar::name));
        bars.setAll(list);
        chartTitle.set(Messages.t("table.chart.title", Messages.t(column.labelKey()), sector == null ? "" : sector.name()));
        List<String> notes = new ArrayList<>();
        if (list.stream().anyMatch(Bar::allSectors)) {
            notes.add(Messages.t("table.chart.allSectors", sector.name()));
        }
        if (list.stream().anyMatch(b -> !b.doubts().isEmpty())) {
            notes.add(Messages.t("table.chart.doubted"));
        }
        if (!missing.isEmpty()) {
            missing.sort(java.text.Collator.getInstance(locale));
            notes.add(Messages.t("table.chart.missing", missing.size(), String.join(", ", missing)));
        }
        List<String> entered = list.stream().filter(Bar::entered).map(Bar::name).sorted(java.text.Collator.getInstance(locale))
                .toList();
        if (!entered.isEmpty()) {
            notes.add(Messages.t("table.chart.entered", publicationTitle(), String.join(", ", entered)));
        }
        // The publication is named only for the figures it gave: a chart of regions made in the atlas cites none.
        if (column.figure() != null && (entered.isEmpty() || entered.size() < list.size())) {
            notes.add(Messages.t(entered.isEmpty() ? "table.chart.source" : "table.chart.source.others"));
        }
        chartNote.set(String.join(" ", notes));
    }

    /** The title of the publication the atlas's figures come from, for the regions that have a card in it. */
    String publicationTitle() {
        var atlas = state.atlas();
        return atlas == null ? "" : nl.onderwijsregio.atlas.core.summary.FigureSource.title(atlas.data().source());
    }

    /** The columns the chart can show: every numeric one. */
    public static List<RegionColumn> chartColumns() {
        return java.util.Arrays.stream(RegionColumn.values()).filter(RegionColumn::isNumeric).toList();
    }

    /** Selects the region everywhere: map, detail pane, table. */
    public void select(String regionId) {
        state.selectRegion(regionId);
    }

    /** Selects the region and flies the map to it. */
    public void open(String regionId) {
        select(regionId);
        if (regionId != null) {
            state.focus(FocusRequest.region(regionId));
        }
    }

    /** The columns in the order the table shows them; the view keeps it up to date when they are dragged. */
    public ObservableList<RegionColumn> columnOrder() {
        return columnOrder;
    }

    /** The rows and columns as the table shows them now (filtered, sorted, in column order) as CSV, with its source. */
    public String exportCsv() {
        var atlas = state.atlas();
        return TableCsv.exportWithSource(List.copyOf(sorted), List.copyOf(columnOrder), Messages.current().locale(),
                Messages::t, figureDoubts, atlas == null ? nl.onderwijsregio.atlas.core.model.SourceInfo.unknown() : atlas.data().source());
    }

    public void reportStatus(String text) {
        state.statusProperty().set(text);
    }

    public StringProperty selectedRegionIdProperty() {
        return state.selectedRegionIdProperty();
    }

    public SortedList<RegionRow> rows() {
        return sorted;
    }

    public ObservableList<RegionRow> allRows() {
        return rows;
    }

    /** The regions a chosen theme marks (those with cases on it): marked in the table as on the map. */
    public javafx.beans.property.ReadOnlyObjectProperty<Set<String>> markedRegionIdsProperty() {
        return state.highlightedRegionIdsProperty();
    }

    public ObjectProperty<Sector> sectorFilterProperty() {
        return sectorFilter;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** The columns hidden in the column menu, by name; the CSV export keeps them all. */
    public ObjectProperty<Set<String>> hiddenColumnsProperty() {
        return state.hiddenTableColumnsProperty();
    }

    /** Shows or hides {@code column} in the table, as the column menu does. */
    public void showColumn(RegionColumn column, boolean shown) {
        Set<String> hidden = new TreeSet<>(state.hiddenTableColumnsProperty().get());
        boolean changed = shown ? hidden.remove(column.name()) : hidden.add(column.name());
        if (changed) {
            state.hiddenTableColumnsProperty().set(Set.copyOf(hidden));
        }
    }

    public ObjectProperty<RegionColumn> chartColumnProperty() {
        return chartColumn;
    }

    public ObjectProperty<Sector> chartSectorProperty() {
        return chartSector;
    }

    public ObservableList<Bar> bars() {
        return bars;
    }

    public ReadOnlyStringProperty chartTitleProperty() {
        return chartTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chartNoteProperty() {
        return chartNote.getReadOnlyProperty();
    }
}
