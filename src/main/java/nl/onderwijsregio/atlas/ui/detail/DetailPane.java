package nl.onderwijsregio.atlas.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.core.model.AbcsLetter;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.BesideOrBelow;
import nl.onderwijsregio.atlas.ui.FocusInView;
import nl.onderwijsregio.atlas.ui.LongTooltip;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.themes.CaseCard;

/**
 * The region detail pane: header with badges, key figures, locator map, verzorgingsgebied
 * ({@link MemberList}), the labour-market regions it lies in, overlapping and bordering regions, and cases. Binds to a {@link DetailViewModel}; holds no facts itself.
 */
public final class DetailPane extends StackPane {

    public static final double WIDTH = 420;

    private final DetailViewModel vm;
    private final Function<AbcsLetter, String> abcsName;
    private final FlowPane badges = new FlowPane(6, 6);
    private final FigureGrid figures = new FigureGrid();
    private final MemberList members;
    /** The tile that has the keyboard focus, whose own source the line under the tiles then shows. */
    private final ObjectProperty<DetailViewModel.FigureItem> focusedFigure = new SimpleObjectProperty<>();
    private final VBox cases = new VBox(8);
    private final LocatorMap locator = new LocatorMap(128, 150);
    private final VBox content = new VBox(10);
    private final ScrollPane scroll;
    private final Label title = new Label();
    private final FoldedNotes<DetailViewModel.FindingItem> findingsPane;
    private final Node figureSource;
    private final FocusInView inView;

    public DetailPane(DetailViewModel vm, Function<AbcsLetter, String> abcsName) {
        this.vm = vm;
        this.abcsName = abcsName;
        this.members = new MemberList(vm);
        setId("detail-pane");
        getStyleClass().add("detail-pane");
        setPrefWidth(WIDTH);

        ScrollPane empty = new ScrollPane(new SectorOverviewPane(vm));
        empty.setFitToWidth(true);
        empty.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        empty.visibleProperty().bind(vm.emptyProperty());

        content.getStyleClass().add("detail-content");
        content.setPadding(new Insets(14, 16, 18, 16));
        findingsPane = FoldedNotes.findings(vm);
        figureSource = figureSource();
        Node figuresWithSource = new VBox(6, figureCaveats(), figures, figureSource);
        content.getChildren().addAll(header(), copyButtons(), section("detail.section.figures", figuresWithSource),
                membersSection(), new LabourMarketSection(vm), section("detail.section.links", new NeighbourLinks(vm)), section("detail.section.cases", cases),
                FoldedNotes.corrections(vm), FoldedNotes.history(vm), findingsPane);
        scroll = new ScrollPane(content);
        scroll.setId("detail-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.visibleProperty().bind(vm.emptyProperty().not());
        getChildren().addAll(empty, scroll);
        // Tabbing through the pane keeps the focused part in view, with room to see what follows it.
        inView = FocusInView.install(scroll);
        FocusInView.install(empty);
        // Another region opens at its title; an edit of the shown region keeps the reader's place.
        vm.regionProperty().addListener((obs, o, n) -> {
            if (o == null || n == null || !o.id().equals(n.id())) {
                scroll.setVvalue(0);
            }
        });

        vm.sectors().addListener((ListChangeListener<Sector>) c -> rebuildBadges());
        vm.voorloperProperty().addListener((obs, o, n) -> rebuildBadges());
        vm.nationalProperty().addListener((obs, o, n) -> rebuildBadges());
        vm.figures().addListener((ListChangeListener<DetailViewModel.FigureItem>) c -> rebuildFigures());
        vm.cases().addListener((ListChangeListener<nl.onderwijsregio.atlas.core.model.CaseStory>) c -> rebuildCases());
        locator.regionProperty().bind(vm.regionProperty());
        LocatorInputs around = vm.locator();
        locator.geometryProperty().bind(around.geometry());
        locator.hoveredProperty().bind(around.hovered());
        locator.regionMapsProperty().bind(around.regionMaps());
        locator.sectorProperty().bind(around.sector());
        locator.darkProperty().bind(around.dark());
        rebuildBadges();
        rebuildFigures();
        rebuildCases();
    }

    private Node header() {
        title.setId("detail-title");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        title.textProperty().bind(vm.titleProperty());
        // A heading the keyboard can stand on: a region chosen from a link or search is read on from its name.
        title.setAccessibleRole(AccessibleRole.TEXT);
        title.setAccessibleRoleDescription(Messages.t("detail.title.role"));
        title.setFocusTraversable(true);
        WholeWords.keep(title);
        Label published = new Label();
        published.setId("detail-published");
        published.getStyleClass().add("detail-published");
        published.setWrapText(true);
        WholeWords.keep(published);
        published.textProperty().bind(vm.publishedNameProperty());
        published.visibleProperty().bind(vm.publishedNameProperty().isNotEmpty());
        published.managedProperty().bind(published.visibleProperty());
        badges.setId("detail-badges");
        Label sectorsNote = caveatBox("detail-sectors-note", vm.sectorsNoteProperty());
        VBox names = new VBox(4, title, published, badges);
        locator.visibleProperty().bind(vm.nationalProperty().not());
        locator.managedProperty().bind(locator.visibleProperty());
        locator.setId("detail-locator");
        // A small map looks like one to click: it shows the region on the big one, wherever that was panned to.
        locator.setCursor(javafx.scene.Cursor.HAND);
        Tooltip.install(locator, new Tooltip(Messages.t("detail.locator.tip")));
        locator.setOnMouseClicked(e -> vm.focusRegion());
        // The keyboard's way to bring the region into view: a link or search selects it without moving the map.
        locator.setFocusTraversable(true);
        locator.setAccessibleRole(AccessibleRole.BUTTON);
        locator.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> Messages.t("detail.locator.accessible", vm.titleProperty().get()), vm.titleProperty()));
        locator.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                vm.focusRegion();
                e.consume();
            }
        });
        // The note spans the pane under badges and locator: a reason squeezed beside the locator ran to ten lines.
        return new VBox(6, BesideOrBelow.secondAtTheEnd(names, locator, 10), sectorsNote);
    }

    /**
     * The validator's doubts about the figures, above the tiles so that no one reads the figures first: one line
     * each and a link to the finding itself, which stays in its fold at the foot of the pane.
     */
    private Node figureCaveats() {
        VBox lines = new VBox(2);
        Hyperlink toFinding = new Hyperlink(Messages.t("detail.figures.caveat.link"));
        toFinding.setId("detail-figures-caveat-link");
        toFinding.getStyleClass().add("caveat-link");
        toFinding.setOnAction(e -> showFindings());
        VBox box = new VBox(0, lines, toFinding);
        box.setId("detail-figures-caveat");
        box.getStyleClass().add("detail-caveat-box");
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.figureCaveats()));
        box.managedProperty().bind(box.visibleProperty());
        vm.figureCaveats().addListener((ListChangeListener<String>) c -> lines.getChildren().setAll(
                vm.figureCaveats().stream().map(text -> {
                    Label l = caveat(null);
                    l.setText(text);
                    return l;
                }).toList()));
        return box;
    }

    /** Opens the findings and brings the first into view with the focus, so keyboard and screen reader land there too. */
    private void showFindings() {
        findingsPane.setExpanded(true);
        layout();
        ensureVisible(findingsPane);
        Node first = ((javafx.scene.Parent) findingsPane.getContent()).getChildrenUnmodifiable().stream()
                .findFirst().orElse(findingsPane);
        first.requestFocus();
    }

    /** A caveat with its warm rule at the left, there while {@code text} has something to say. */
    private static Label caveatBox(String id, javafx.beans.value.ObservableStringValue text) {
        Label box = caveat(id);
        box.getStyleClass().add("detail-caveat-box");
        box.textProperty().bind(text);
        box.visibleProperty().bind(box.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Label caveat(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("detail-caveat");
        l.setWrapText(true);
        l.setMinWidth(0);
        return l;
    }

    /**
     * The figures' source as a quiet line under the tiles. The tooltip tells it only to the mouse; a tile
     * reached with Tab puts its own source here (with a correction of that figure, if any).
     */
    private Node figureSource() {
        Label source = new Label();
        source.setId("detail-figure-source");
        source.getStyleClass().add("figure-source");
        source.setWrapText(true);
        source.setMinWidth(0);
        source.textProperty().bind(Bindings.createStringBinding(() -> focusedFigure.get() == null
                ? vm.figuresSourceProperty().get() : focusedFigure.get().source(),
                focusedFigure, vm.figuresSourceProperty()));
        return source;
    }

    private Node copyButtons() {
        Button text = new Button(Messages.t("detail.copy.text"));
        text.setId("detail-copy-text");
        text.setOnAction(e -> copy(vm.copyAsText()));
        Button csv = new Button(Messages.t("detail.copy.csv"));
        csv.setId("detail-copy-csv");
        csv.setOnAction(e -> copy(vm.copyAsCsv()));
        text.setMinWidth(Region.USE_PREF_SIZE);
        csv.setMinWidth(Region.USE_PREF_SIZE);
        // One under the other where they do not fit abreast: side by side, whole, they were the pane's least width,
        // more at Extra groot than a laptop's window leaves it, and the pane ran past the window's edge.
        FlowPane box = new FlowPane(6, 6, text, csv);
        box.getStyleClass().add("detail-copy");
        return box;
    }

    private void copy(String value) {
        if (value != null) {
            ClipboardContent c = new ClipboardContent();
            c.putString(value);
            Clipboard.getSystemClipboard().setContent(c);
            vm.reportCopied();
        }
    }

    private Node membersSection() {
        Label summary = new Label();
        summary.setId("detail-members-summary");
        summary.getStyleClass().add("detail-note");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.membersSummaryProperty());
        summary.visibleProperty().bind(vm.membersSummaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        Label none = new Label();
        none.getStyleClass().add("detail-note");
        none.setWrapText(true);
        none.textProperty().bind(vm.membersEmptyTextProperty());
        none.visibleProperty().bind(vm.membersEmptyTextProperty().isNotEmpty());
        none.managedProperty().bind(none.visibleProperty());
        // Beside the count it explains: a card that prints 20 names for 19 municipalities.
        Label note = caveatBox("detail-members-note", vm.membersNoteProperty());
        return section("detail.section.members", new VBox(6, summary, note, none, members));
    }

    private static VBox section(String titleKey, Node body) {
        Label title = new Label(Messages.t(titleKey));
        title.getStyleClass().add("detail-section-title");
        VBox box = new VBox(6, title, body);
        box.getStyleClass().add("detail-section");
        return box;
    }

    private void rebuildBadges() {
        badges.getChildren().clear();
        for (Sector s : vm.sectors()) {
            badges.getChildren().add(badge(s.name(), "sector-" + s.name().toLowerCase(Locale.ROOT),
                    Messages.t("detail.sector." + s.name())));
        }
        if (vm.voorloperProperty().get()) {
            badges.getChildren().add(badge(Messages.t("detail.badge.voorloper"), "voorloper",
                    vm.voorloperTipProperty().get()));
        }
        if (vm.nationalProperty().get()) {
            badges.getChildren().add(badge(Messages.t("detail.badge.national"), "national",
                    vm.nationalTipProperty().get()));
        }
    }

    private static Label badge(String text, String kind, String tip) {
        Label b = new Label(text);
        b.getStyleClass().addAll("badge", "badge-" + kind);
        b.setId("badge-" + kind);
        b.setTooltip(LongTooltip.of(tip));
        b.setAccessibleText(Messages.t("detail.accessible.nameAndText", text, tip));
        return b;
    }

    private void rebuildFigures() {
        focusedFigure.set(null);
        List<VBox> tiles = new ArrayList<>();
        for (DetailViewModel.FigureItem f : vm.figures()) {
            Label value = new Label(f.value());
            value.getStyleClass().add(f.known() ? "figure-value" : "figure-unknown");
            value.setId("figure-" + f.figure().jsonKey());
            // a number cut short ("144...") reads as another number
            value.setMinWidth(Region.USE_PREF_SIZE);
            Label label = new Label(f.label());
            label.getStyleClass().add("figure-label");
            label.setWrapText(true);
            WholeWords.keep(label);
            VBox tile = new VBox(2, value, label);
            tile.getStyleClass().add("figure-tile");
            tile.setFocusTraversable(true);
            tile.setAccessibleRole(AccessibleRole.TEXT);
            tile.setAccessibleText(f.accessibleText());
            tile.setAccessibleHelp(f.source());
            tile.focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    focusedFigure.set(f);
                } else if (focusedFigure.get() == f) {
                    focusedFigure.set(null);
                }
            });
            Tooltip.install(tile, LongTooltip.of(f.source()));
            // The line under the tiles names the focused figure's source: it is to be read with the tile.
            FocusInView.showWith(tile, figureSource);
            tiles.add(tile);
        }
        figures.setTiles(tiles);
    }

    private void rebuildCases() {
        cases.getChildren().clear();
        if (vm.cases().isEmpty()) {
            Label none = new Label(Messages.t("detail.cases.none"));
            none.getStyleClass().add("detail-note");
            cases.getChildren().add(none);
            return;
        }
        Label language = CaseCard.languageNote();
        if (language != null) {
            cases.getChildren().add(language);
        }
        for (var story : vm.cases()) {
            cases.getChildren().add(new CaseCard(story, vm::themeName, abcsName, null, null));
        }
    }

    /**
     * As narrow as the divider takes it, the pane keeps what its content cannot do without: the key figures and the
     * copy buttons whole, the title's words beside the locator map. The least width is the content's, not a fixed
     * number of em: the locator keeps its pixels whatever the text size, so an em that fits it at the normal size
     * takes more than the window can spare at Extra groot.
     */
    @Override
    protected double computeMinWidth(double height) {
        double bar = 0;
        for (Node n : scroll.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL) {
                bar = b.prefWidth(-1);
            }
        }
        return snappedLeftInset() + scroll.snappedLeftInset() + content.minWidth(-1) + bar
                + scroll.snappedRightInset() + snappedRightInset();
    }

    /**
     * Gives the keyboard focus to the region's title, the pane scrolled to its top: after a choice made in a link or
     * in search the focus had fallen on the map (or an invisible row), some 36 Tabs from the region's details.
     */
    public void focusTitle() {
        scroll.setVvalue(0);
        title.requestFocus();
    }

    /** Scrolls the pane so that {@code node}, when it is part of it, is in view. */
    public void ensureVisible(Node node) {
        inView.show(node);
    }

    public LocatorMap locator() {
        return locator;
    }
}
