package nl.onderwijsregio.atlas.ui.search;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.stage.Popup;
import javafx.stage.Screen;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.core.text.PlaceSearch;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The search field with its drop-down of results. Typing searches as you go; arrow keys move through
 * the results, Enter chooses (the first result if none is highlighted). Escape closes the list when it is
 * open and otherwise clears the field, as a combo box does (WAI-ARIA combobox pattern): one press per step
 * back. The field keeps the focus while the list is open, so typing never stalls. The list opens only for
 * what the user typed, never because the data changed under a name left in the field.
 */
public final class SearchBox extends TextField {

    /**
     * The size of the type the pixel sizes below are for; a larger text size scales them all alike
     * ({@link #typeScale()}).
     */
    private static final double NORMAL_TYPE_PX = 13;
    private static final double ROW_PX = 24;
    private static final int MAX_ROWS = 8;
    /** Wide enough for the longest region name with its kind; beyond it a line ends in an ellipsis. */
    private static final double MAX_WIDTH_PX = 560;
    /** The cell's padding, the list's border and a vertical scroll bar, around the text itself. */
    private static final double CHROME_PX = 40;
    private final SearchViewModel model;
    private final ListView<PlaceSearch.Hit> list = new ListView<>();
    private final Popup popup = new Popup();
    private boolean namingChoice;
    /** What the field names after a choice: a region's id or a municipality's code; null otherwise. */
    private String named;
    /**
     * Whether typing asked for the list and the user has not since put it away (Escape, a choice, leaving the
     * field): only then may results that change without typing (the map arriving, an undo) show it.
     */
    private boolean listWanted;

    public SearchBox(SearchViewModel model) {
        this.model = model;
        setId("search-field");
        getStyleClass().add("search-field");
        setPromptText(Messages.t("map.search.prompt"));
        setPrefColumnCount(18);
        list.setId("search-results");
        list.setItems(model.results());
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new HitCell());
        javafx.scene.control.Label none = new javafx.scene.control.Label(Messages.t("map.search.none"));
        none.setId("search-none");
        list.setPlaceholder(none);
        list.setOnMouseClicked(e -> {
            PlaceSearch.Hit hit = list.getSelectionModel().getSelectedItem();
            if (hit != null) {
                choose(hit);
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setOnAutoHide(e -> listWanted = false);
        textProperty().addListener((obs, o, text) -> {
            model.query(text);
            if (!namingChoice) {
                listWanted = true;
                refreshPopup();
            }
        });
        // Results also change without typing (the map arrives, another file is opened, an edit is undone): the
        // list follows what is being typed, but a list put away stays away.
        model.results().addListener((ListChangeListener<PlaceSearch.Hit>) c -> {
            if (listWanted && isFocused() && !namingChoice) {
                refreshPopup();
            }
        });
        // The field names what search showed; once another region or municipality is chosen elsewhere (a case's
        // region link, the table, the map), that name would say the wrong thing, so it goes.
        model.selectedRegionId().addListener((obs, o, id) -> forgetUnless(id));
        model.chosenMunicipalityProperty().addListener((obs, o, code) -> forgetUnless(code));
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        // The focus stays in the field while Down moves the highlight in the list, so a screen reader would read
        // neither the list nor the line highlighted: the field's help says them.
        accessibleHelpProperty().bind(Bindings.createStringBinding(this::spoken,
                list.getSelectionModel().selectedItemProperty(), model.results(), popup.showingProperty()));
        focusedProperty().addListener((obs, o, focused) -> {
            if (!focused) {
                listWanted = false;
                popup.hide();
            } else {
                // Coming back to the field means a new search: the chosen name goes with the first key.
                Platform.runLater(this::selectAll);
            }
        });
    }

    private void key(KeyEvent e) {
        int n = model.results().size();
        int i = list.getSelectionModel().getSelectedIndex();
        switch (e.getCode()) {
            case DOWN -> {
                if (n > 0) {
                    list.getSelectionModel().select(Math.min(n - 1, i + 1));
                    reveal(list.getSelectionModel().getSelectedIndex());
                }
                e.consume();
            }
            case UP -> {
                if (n > 0) {
                    list.getSelectionModel().select(Math.max(0, i - 1));
                    reveal(list.getSelectionModel().getSelectedIndex());
                }
                e.consume();
            }
            case ENTER -> {
                if (n > 0) {
                    choose(i >= 0 ? list.getSelectionModel().getSelectedItem() : model.results().get(0));
                }
                e.consume();
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    putListAway();
                    e.consume();
                } else if (!getText().isEmpty()) {
                    listWanted = false;
                    named = null;
                    name("");
                    e.consume();
                }
            }
            default -> {
            }
        }
    }

    /**
     * Scrolls the list only as far as the row needs to be seen: {@link ListView#scrollTo} puts it at the
     * top, which after a step down leaves one row and an empty strip below it.
     */
    private void reveal(int index) {
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
        }
    }

    /** The line highlighted and how many were found, while the list is open; nothing when it is not. */
    private String spoken() {
        if (!popup.isShowing()) {
            return null;
        }
        String found = Messages.t("map.search.found", model.results().size());
        PlaceSearch.Hit hit = list.getSelectionModel().getSelectedItem();
        return hit == null ? found : Messages.t("map.search.spoken", SearchViewModel.line(hit), found);
    }

    private void putListAway() {
        listWanted = false;
        popup.hide();
    }

    private void choose(PlaceSearch.Hit hit) {
        putListAway();
        // The choice takes the focus on to what answers it (the region's details, the municipality's card).
        model.choose(hit);
        // The field names what the map now shows, not the typo that found it.
        name(hit.name());
        named = hit.id();
        // Where nothing took it, the focus still leaves, so that the next key starts a new search.
        if (isFocused() && getParent() != null) {
            getParent().requestFocus();
        }
    }

    private void name(String text) {
        namingChoice = true;
        try {
            setText(text);
        } finally {
            namingChoice = false;
        }
    }

    private void forgetUnless(String chosen) {
        if (named != null && !named.equals(chosen) && !isFocused()) {
            named = null;
            name("");
        }
    }

    private void refreshPopup() {
        list.getSelectionModel().clearSelection();
        boolean nothingFound = model.nothingFound(getText());
        if ((model.results().isEmpty() && !nothingFound) || getScene() == null || getScene().getWindow() == null) {
            popup.hide();
            return;
        }
        // A fixed row height lets the popup be exactly as tall as its hits, with no empty rows below and
        // no scrolling: the list's own frame (thicker in the high-contrast theme) comes on top.
        // The hits in the field's own type, which their widths and heights are measured in.
        list.setStyle("-fx-font-size: " + getFont().getSize() + "px");
        double rowPx = Math.ceil(ROW_PX * typeScale());
        list.setFixedCellSize(rowPx);
        list.applyCss();
        double frame = list.snappedTopInset() + list.snappedBottomInset();
        list.setPrefHeight(Math.max(1, Math.min(MAX_ROWS, model.results().size())) * rowPx + Math.max(2, frame));
        // The layout bounds: the focus ring drawn around the field is no part of the edges the list lines up with.
        Bounds b = localToScreen(getLayoutBounds());
        if (b == null) {
            return;
        }
        list.setPrefWidth(Math.max(b.getWidth(), widthForHits()));
        double x = listX(b, list.getPrefWidth(), rightLimit(b));
        if (popup.isShowing()) {
            popup.setX(x);
        } else {
            popup.show(this, x, b.getMaxY() + 2);
        }
    }

    /**
     * Where the list of {@code width} opens under the {@code field} (screen bounds): its left edge under the
     * field's, as the eye expects; when it is wider and would then run past {@code rightLimit} (the field stands at
     * the window's right end), its right edge at the field's right instead.
     */
    static double listX(Bounds field, double width, double rightLimit) {
        return field.getMinX() + width <= rightLimit ? field.getMinX() : Math.min(field.getMinX(), field.getMaxX() - width);
    }

    /** The right edge of the window the field is in, or of its screen when the window reaches past that. */
    private double rightLimit(Bounds field) {
        Window window = getScene().getWindow();
        double limit = window.getX() + window.getWidth();
        for (Screen screen : Screen.getScreensForRectangle(field.getMinX(), field.getMinY(), field.getWidth(),
                field.getHeight())) {
            limit = Math.min(limit, screen.getVisualBounds().getMaxX());
        }
        return limit;
    }

    /** As wide as the longest hit needs, within bounds, so a line is read whole rather than scrolled to. */
    private double widthForHits() {
        Text probe = new Text();
        probe.setFont(getFont());
        double widest = 0;
        for (PlaceSearch.Hit hit : model.results()) {
            probe.setText(SearchViewModel.line(hit));
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        double scale = typeScale();
        return Math.min(MAX_WIDTH_PX * scale, Math.ceil(widest) + CHROME_PX * scale);
    }

    /** How many times the normal type the field's is. */
    private double typeScale() {
        return getFont().getSize() / NORMAL_TYPE_PX;
    }

    public ListView<PlaceSearch.Hit> resultList() {
        return list;
    }

    private static final class HitCell extends ListCell<PlaceSearch.Hit> {

        HitCell() {
            // A line longer than the list ends in an ellipsis: a sideways scroll bar would cover the rows.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(PlaceSearch.Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(empty || hit == null ? null : SearchViewModel.line(hit));
        }
    }
}
