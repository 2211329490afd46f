package nl.onderwijsregio.atlas.ui.search;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;
import nl.onderwijsregio.atlas.core.text.PlaceSearch;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The search field with its drop-down of results. Typing searches as you go; arrow keys move through
 * the results, Enter chooses (the first result if none is highlighted), Escape closes the list.
 * The field keeps the focus while the list is open, so typing never stalls.
 */
public final class SearchBox extends TextField {

    private static final double ROW_PX = 24;
    private static final int MAX_ROWS = 8;
    private final SearchViewModel model;
    private final ListView<PlaceSearch.Hit> list = new ListView<>();
    private final Popup popup = new Popup();
    private boolean namingChoice;

    public SearchBox(SearchViewModel model) {
        this.model = model;
        setId("search-field");
        getStyleClass().add("search-field");
        setPromptText(Messages.t("map.search.prompt"));
        setPrefColumnCount(18);
        list.setId("search-results");
        list.setItems(model.results());
        list.setPrefWidth(320);
        // A fixed row height lets the popup be exactly as tall as its hits, with no empty rows below.
        list.setFixedCellSize(ROW_PX);
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
        textProperty().addListener((obs, o, text) -> {
            model.query(text);
            if (!namingChoice) {
                refreshPopup();
            }
        });
        // Results also change without typing (the map arrives, another file is opened): the list follows
        // while the user is in the field.
        model.results().addListener((ListChangeListener<PlaceSearch.Hit>) c -> {
            if (isFocused() && !namingChoice) {
                refreshPopup();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        focusedProperty().addListener((obs, o, focused) -> {
            if (!focused) {
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
                    list.scrollTo(list.getSelectionModel().getSelectedIndex());
                }
                e.consume();
            }
            case UP -> {
                if (n > 0) {
                    list.getSelectionModel().select(Math.max(0, i - 1));
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
                    popup.hide();
                    e.consume();
                }
            }
            default -> {
            }
        }
    }

    private void choose(PlaceSearch.Hit hit) {
        popup.hide();
        model.choose(hit);
        // The field names what the map now shows, not the typo that found it.
        namingChoice = true;
        try {
            setText(hit.name());
        } finally {
            namingChoice = false;
        }
        if (getParent() != null) {
            getParent().requestFocus();
        }
    }

    private void refreshPopup() {
        list.getSelectionModel().clearSelection();
        boolean nothingFound = model.nothingFound(getText());
        if ((model.results().isEmpty() && !nothingFound) || getScene() == null || getScene().getWindow() == null) {
            popup.hide();
            return;
        }
        list.setPrefHeight(Math.max(1, Math.min(MAX_ROWS, model.results().size())) * ROW_PX + 2);
        if (!popup.isShowing()) {
            Bounds b = localToScreen(getBoundsInLocal());
            if (b != null) {
                // Right-aligned with the field, which stands at the window's right end: the wider list
                // then opens into the window, not past its edge.
                popup.show(this, Math.min(b.getMinX(), b.getMaxX() - list.getPrefWidth()), b.getMaxY() + 2);
            }
        }
    }

    public ListView<PlaceSearch.Hit> resultList() {
        return list;
    }

    private static final class HitCell extends ListCell<PlaceSearch.Hit> {
        @Override
        protected void updateItem(PlaceSearch.Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setText(null);
                return;
            }
            String kind = Messages.t(hit.kind() == PlaceSearch.Kind.REGION ? "map.search.region"
                    : "map.search.municipality");
            setText(hit.detail() == null || hit.detail().isBlank()
                    ? hit.name() + "  ·  " + kind
                    : hit.name() + "  ·  " + kind + ", " + hit.detail());
        }
    }
}
