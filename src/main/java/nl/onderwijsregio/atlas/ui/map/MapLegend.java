package nl.onderwijsregio.atlas.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.core.export.ExportPictures;
import nl.onderwijsregio.atlas.core.export.LegendEntry;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.SectorLayer;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.FocusRequest;
import nl.onderwijsregio.atlas.ui.OneTabStop;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The legend card over the map: the shown sector's regions with their colours and their numbers in the key
 * (those of the regions whose names do not fit mark them on the map; click one to select it
 * and fly there), what stripes mean, or in the overlap view what the cover colours mean; and below it
 * the sector's regions that have no territory to draw: the national ones, and regional ones without members.
 */
final class MapLegend extends VBox {

    /**
     * The least height of the list, in pixels (about four rows): on a map too low for it the legend runs past the
     * map's foot rather than become a slot no one can scroll through.
     */
    private static final double LEAST_LIST_HEIGHT = 80;
    /** Side of a legend swatch, in pixels. */
    private static final double SWATCH = 14;
    /** How many entries Page Up and Page Down move: about what a low map shows of the list. */
    private static final int PAGE = 8;
    /** Where an entry keeps its number and name as a screen reader says them. */
    private static final String SPOKEN_NAME = MapLegend.class.getName() + ".spokenName";

    private final AtlasState state;
    private final Label title = new Label();
    private final HBox header = new HBox(6);
    private final VBox rows = new VBox(2);
    private final VBox unmapped = new VBox(2);
    private final ScrollPane scroll = new ScrollPane(rows);
    /** The regions' entries, those on the map and those without territory, in the order the arrows walk them. */
    private final List<Node> entries = new ArrayList<>();
    private final OneTabStop tabStop = new OneTabStop(this, PAGE);
    private final BooleanProperty folded = new SimpleBooleanProperty(this, "folded", false);
    /** The height inside the map the legend stands on (within the edit mode's frame); 0 until it stands on one. */
    private final DoubleProperty mapHeight = new SimpleDoubleProperty(this, "mapHeight", 0);
    private MapScene shown;
    private String titleText = "";
    private int nationalCount;
    private int emptyCount;

    MapLegend(MapViewModel model) {
        this.state = model.state();
        setId("map-legend");
        getStyleClass().add("map-legend");
        // Its drop shadow is drawn once, not again in every frame of a flight behind it (software pipeline).
        setCache(true);
        title.getStyleClass().add("legend-title");
        // Open, a long title may wrap under the fold button; folded, a title broken over two lines ("… + 2 /
        // landelijk") reads as two things, so on a map too narrow for it (beside the table on a laptop) it is
        // shortened, whole in its tooltip.
        title.wrapTextProperty().bind(folded.not());
        Tooltip wholeTitle = new Tooltip();
        wholeTitle.textProperty().bind(title.textProperty());
        title.tooltipProperty().bind(Bindings.when(folded).then(wholeTitle).otherwise((Tooltip) null));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("legend-scroll");
        // As tall as the list, as far as the map's height allows: a long list would push the fold button and the
        // regions without territory out of a low map, so there it scrolls, while on a 4K screen all 29 PO regions
        // show at once (a fixed cap had them scroll beside two thirds of the map's height left empty). A few
        // pixels spare, so rounding never brings up a scroll bar for a list that fits.
        scroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(Math.min(LEAST_LIST_HEIGHT, listHeight()), Math.min(listHeight(), roomForTheList())),
                rows.heightProperty(), rows.widthProperty(), rows.getChildren(), mapHeight,
                unmapped.heightProperty(), header.heightProperty()));
        unmapped.getStyleClass().add("legend-unmapped");
        // Where the legend must give way, the list scrolls: the explanations under it would lose their last line.
        unmapped.setMinHeight(USE_PREF_SIZE);
        Button fold = new Button();
        fold.setId("legend-fold");
        fold.getStyleClass().add("legend-fold");
        fold.textProperty().bind(Bindings.when(folded).then("▸").otherwise("▾"));
        Tooltip foldTip = new Tooltip();
        foldTip.textProperty().bind(Bindings.when(folded)
                .then(Messages.t("map.legend.unfold")).otherwise(Messages.t("map.legend.fold")));
        fold.setTooltip(foldTip);
        // read out as what it does, not as the sign "▾"
        fold.accessibleTextProperty().bind(foldTip.textProperty());
        fold.setOnAction(e -> folded.set(!folded.get()));
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        header.getChildren().addAll(title, fold);
        header.setAlignment(Pos.TOP_LEFT);
        for (Node part : List.of(scroll, unmapped)) {
            part.visibleProperty().bind(folded.not());
            part.managedProperty().bind(folded.not());
        }
        getChildren().addAll(header, scroll, unmapped);
        folded.addListener((obs, was, now) -> showTitle());
        // Folded, its least width follows the map's (computeMinWidth), which a resize changes under it.
        parentProperty().addListener((obs, old, map) -> {
            mapHeight.unbind();
            if (map instanceof StackPane pane) {
                pane.widthProperty().addListener(width -> requestLayout());
                mapHeight.bind(Bindings.createDoubleBinding(
                        () -> pane.getHeight() - pane.snappedTopInset() - pane.snappedBottomInset(),
                        pane.heightProperty(), pane.insetsProperty()));
            }
        });
        setMaxHeight(USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.TOP_LEFT);
        model.sceneProperty().addListener((obs, o, scene) -> update(scene));
        update(model.sceneProperty().get());
    }

    /** Folded to its title, so a map the open legend would crowd keeps room for the country ({@link MapLegendRoom}). */
    BooleanProperty foldedProperty() {
        return folded;
    }

    /**
     * Folded, the legend is as wide as its title needs, even past its style's cap for the open list, as far as the
     * map allows: a folded title broken over two lines ("… + 2 / landelijk") reads as two things. Where the map
     * is narrower still, the title is shortened on its one line.
     */
    @Override
    protected double computeMinWidth(double height) {
        double least = super.computeMinWidth(height);
        if (!folded.get() || !(getParent() instanceof StackPane map)) {
            return least;
        }
        Insets margin = StackPane.getMargin(this);
        double room = map.getWidth() - map.snappedLeftInset() - map.snappedRightInset()
                - (margin == null ? 0 : margin.getLeft() + margin.getRight());
        return Math.max(least, Math.min(computePrefWidth(height), room));
    }

    /** The height the list of regions needs to show whole. */
    private double listHeight() {
        return rows.prefHeight(rows.getWidth() > 0 ? rows.getWidth() : -1) + 4;
    }

    /**
     * The height the map leaves the list: the map's, less the legend's margins above and below it, its padding, its
     * title and the regions without territory under the list.
     */
    private double roomForTheList() {
        if (mapHeight.get() <= 0) {
            return listHeight();
        }
        Insets margin = StackPane.getMargin(this);
        double around = (margin == null ? 0 : margin.getTop() + margin.getBottom())
                + snappedTopInset() + snappedBottomInset() + scroll.snappedTopInset() + scroll.snappedBottomInset();
        double width = getWidth() > 0 ? getWidth() - snappedLeftInset() - snappedRightInset() : -1;
        double others = header.prefHeight(width);
        if (unmapped.isManaged()) {
            others += getSpacing() + unmapped.prefHeight(width);
        }
        return mapHeight.get() - around - others - getSpacing();
    }

    /** How wide the legend is open, folded or not: its widest line, no wider than its style allows. */
    double openWidth() {
        double widest = 0;
        for (Node part : getChildren()) {
            widest = Math.max(widest, part.prefWidth(-1));
        }
        double open = snappedLeftInset() + widest + snappedRightInset();
        return getMaxWidth() > 0 ? Math.min(open, getMaxWidth()) : open;
    }

    private void update(MapScene scene) {
        if (shown != null && scene.regions() == shown.regions() && scene.sector() == shown.sector()
                && scene.overlapView() == shown.overlapView()
                && scene.numbersRegions() == shown.numbersRegions()
                && scene.labourMarkets() == shown.labourMarkets()
                && scene.style().equals(shown.style())) {
            // Only another region chosen: the entries stay, so an entry chosen with the keyboard keeps the focus.
            if (!Objects.equals(scene.selectedRegionId(), shown.selectedRegionId())) {
                shown = scene;
                markSelected(scene.selectedRegionId());
            }
            return;
        }
        shown = scene;
        String focusedEntry = focusedEntryId();
        SectorLayer layer = scene.layer();
        setVisible(layer != null);
        rows.getChildren().clear();
        unmapped.getChildren().clear();
        entries.clear();
        if (layer == null) {
            tabStop.setParts(entries);
            return;
        }
        Map<Boolean, List<Region>> byNational = layer.withoutTerritory().stream()
                .collect(Collectors.partitioningBy(r -> r.scope() == Scope.NATIONAL));
        nationalCount = byNational.get(true).size();
        emptyCount = byNational.get(false).size();
        String sector = scene.sector().name();
        titleText = scene.overlapView() ? Messages.t("map.legend.coverTitle", sector)
                : Messages.t("map.legend.title", sector, layer.regions().size());
        Node selectedRow = null;
        // the pictures' own lines, so the screen and every export key the map alike; the regions without
        // territory are listed below under headings that say why
        for (LegendEntry line : ExportPictures.legend(scene, null, Messages.current().locale())) {
            if (line.isUnmapped()) {
                continue;
            }
            // no names on the map (or cover counts), so no numbers in their place
            LegendEntry entry = scene.numbersRegions() ? line : line.withoutNumber();
            HBox row = row(entry, scene.style());
            rows.getChildren().add(row);
            if (entry.regionId() == null) {
                continue;
            }
            row.getStyleClass().add("legend-region");
            if (entry.regionId().equals(scene.selectedRegionId())) {
                row.getStyleClass().add("selected");
                selectedRow = row;
            }
            String spoken = entry.number() > 0
                    ? Messages.t("map.legend.entry.numbered", entry.number(), entry.label()) : entry.label();
            choosable(row, spoken, () -> select(entry.regionId()));
        }
        if (selectedRow != null) {
            reveal(selectedRow);
        }
        addUnmapped(byNational.get(true), "map.legend.nationalTitle", "map.legend.nationalExplain", scene);
        addUnmapped(byNational.get(false), "map.legend.emptyTitle", "map.legend.emptyExplain", scene);
        tabStop.setParts(entries);
        tabStop.standAt("legend-" + scene.selectedRegionId());
        showTitle();
        Node again = focusedEntry == null ? null : lookup("#" + focusedEntry);
        if (again != null) {
            again.requestFocus();
        }
    }

    /**
     * A region's entry is reached by keyboard: the entries are one Tab stop ({@link OneTabStop}, the chosen region's
     * entry, else the one last focused), walked with the arrows, as each a stop they were 31 Tabs between the map
     * and the zoom buttons. Enter or Space chooses it as a click does, and a screen reader hears it as a button with
     * the region's name. An entry reached in a list longer than the legend scrolls into sight.
     */
    private void choosable(Node entry, String name, Runnable choose) {
        entries.add(entry);
        entry.setAccessibleRole(AccessibleRole.BUTTON);
        entry.getProperties().put(SPOKEN_NAME, name);
        speak(entry);
        entry.setOnMouseClicked(e -> choose.run());
        entry.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                choose.run();
                e.consume();
            }
        });
        entry.focusedProperty().addListener((obs, was, now) -> {
            if (now && rows.getChildren().contains(entry)) {
                reveal(entry);
            }
        });
    }

    /**
     * What a screen reader says of an entry: its number in the key, the name and whether it is the chosen region
     * ("3 Brabant-Oost (po), gekozen"), which the eye sees in its colour and the highlight.
     */
    private static void speak(Node entry) {
        String name = (String) entry.getProperties().get(SPOKEN_NAME);
        entry.setAccessibleText(entry.getStyleClass().contains("selected") ? Messages.t("map.legend.entry.chosen", name) : name);
    }

    /** The id of the entry that has the focus, so a rebuilt legend can give it back; null when none has. */
    private String focusedEntryId() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == this) {
                return owner.getId();
            }
        }
        return null;
    }

    private void markSelected(String regionId) {
        tabStop.standAt("legend-" + regionId);
        for (VBox list : List.of(rows, unmapped)) {
            for (Node entry : list.getChildren()) {
                boolean selected = entry.getId() != null && entry.getId().equals("legend-" + regionId);
                if (!entry.getStyleClass().contains("legend-region")) {
                    continue;
                }
                entry.getStyleClass().remove("selected");
                if (selected) {
                    entry.getStyleClass().add("selected");
                    if (list == rows) {
                        reveal(entry);
                    }
                }
                speak(entry);
            }
        }
    }

    /**
     * Regions that the map cannot show, listed under a heading that says why: national regions by
     * nature, regional ones because they have no municipalities (yet, e.g. just created in the editor).
     */
    private void addUnmapped(List<Region> regions, String titleKey, String explainKey, MapScene scene) {
        if (regions.isEmpty()) {
            return;
        }
        Label heading = new Label(Messages.t(titleKey));
        heading.getStyleClass().add("legend-subtitle");
        // larger type (high contrast) must not cut it
        heading.setWrapText(true);
        Label explain = new Label(Messages.t(explainKey, scene.sector().name(), regions.size()));
        explain.setWrapText(true);
        explain.getStyleClass().add("legend-explain");
        unmapped.getChildren().addAll(heading, explain);
        for (Region r : regions) {
            Label name = new Label(Messages.t("map.regionListed", r.displayName()));
            name.setId("legend-" + r.id());
            name.getStyleClass().add("legend-region");
            name.setWrapText(true);
            if (r.id().equals(scene.selectedRegionId())) {
                name.getStyleClass().add("selected");
            }
            choosable(name, r.displayName(), () -> state.selectedRegionIdProperty().set(r.id()));
            unmapped.getChildren().add(name);
        }
    }

    /** Folded, the title still counts the regions that have no place on the map to show them. */
    private void showTitle() {
        String text = titleText;
        if (folded.get() && nationalCount > 0) {
            text = Messages.t("map.legend.titleWithNationals", text, nationalCount);
        }
        if (folded.get() && emptyCount > 0) {
            text = Messages.t("map.legend.titleWithEmpty", text, emptyCount);
        }
        title.setText(text);
    }

    /**
     * Scrolls the list so {@code row} is in view: a region chosen on the map or in search is found in
     * the legend without scrolling for it. The list is laid out first, so the row has its place.
     */
    private void reveal(Node row) {
        applyCss();
        layout();
        double viewport = scroll.getViewportBounds().getHeight();
        double hidden = rows.getHeight() - viewport;
        if (hidden <= 0) {
            return;
        }
        double top = row.getBoundsInParent().getMinY();
        double bottom = row.getBoundsInParent().getMaxY();
        double shownFrom = scroll.getVvalue() * hidden;
        if (top < shownFrom) {
            scroll.setVvalue(top / hidden);
        } else if (bottom > shownFrom + viewport) {
            scroll.setVvalue(Math.min(1, (bottom - viewport) / hidden));
        }
    }

    private void select(String regionId) {
        state.selectedRegionIdProperty().set(regionId);
        state.focus(FocusRequest.region(regionId));
    }

    /**
     * A legend line: its swatch, its number in the key when it has one (the number that marks the region on
     * the map where its name does not fit), its text.
     */
    private static HBox row(LegendEntry entry, MapStyle style) {
        Label label = new Label(entry.label());
        label.setWrapText(true);
        HBox row = new HBox(6, CanvasSurface.swatch(entry, SWATCH, style.municipalityBorder()), label);
        if (entry.number() > 0) {
            Label number = new Label(Integer.toString(entry.number()));
            number.getStyleClass().add("legend-number");
            row.getChildren().add(1, number);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        rowId(entry).ifPresent(row::setId);
        return row;
    }


    /** The line's id: the region's, or that of the key it is. */
    private static Optional<String> rowId(LegendEntry entry) {
        if (entry.regionId() != null) {
            return Optional.of("legend-" + entry.regionId());
        } else if (entry.stripes() != null) {
            return Optional.of("legend-stripes");
        } else if (entry.hatch() != null) {
            return Optional.of("legend-gap");
        } else if (entry.dashes() != null) {
            return Optional.of("legend-labour-market");
        }
        return Optional.empty();
    }
}
